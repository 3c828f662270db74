package ai.landscape.sota;

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

@Path("/api/v1/sota-models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sota-models", description = "The US/China SOTA model comparison")
public class SotaModelResource {

    @Inject
    Lists lists;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listSotaModels",
            summary = "List SOTA models",
            description =
                    "The 10 rows of the US/China SOTA comparison, filtered by type, organization, region and parameter "
                            + "count, searched with q.")
    public RestResponse<Page<SotaModelDto>> list() {
        return lists.list(SotaModels.COLLECTION);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getSotaModel",
            summary = "Get a SOTA model",
            description = "One row of the SOTA comparison by its id, e.g. google-palm.")
    public SotaModelDto get(
            @Parameter(description = "SOTA model id", example = "google-palm") @PathParam("id") String id) {
        return lists.detail(SotaModels.COLLECTION, id);
    }
}
