package ai.landscape.model;

import ai.landscape.api.Lists;
import ai.landscape.api.Page;
import ai.landscape.api.Representation;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "models", description = "Models named in the capability cells of the player tables")
public class ModelResource {

    @Inject
    Lists lists;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listModels",
            summary = "List models",
            description =
                    "One record per (organization, model), with every capability column that names it; filtered by "
                            + "organization, region, capability and openSource, searched with q.")
    public RestResponse<Page<ModelDto>> list() {
        return lists.list(Models.COLLECTION);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getModel",
            summary = "Get a model",
            description = "One model by its id, <organization id>-<slug>, e.g. google-palm.")
    public ModelDto get(@Parameter(description = "Model id", example = "google-palm") @PathParam("id") String id) {
        return lists.detail(Models.COLLECTION, id);
    }
}
