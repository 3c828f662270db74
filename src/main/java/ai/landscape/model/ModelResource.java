package ai.landscape.model;

import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListEngine;
import ai.landscape.api.ListSpec;
import ai.landscape.api.Page;
import ai.landscape.api.Representation;
import ai.landscape.common.Found;
import ai.landscape.vocabulary.Capability;
import ai.landscape.vocabulary.Region;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "models", description = "Models named in the capability cells of the player tables")
public class ModelResource {

    public static final ListSpec<Model, ModelDto> LIST = ListSpec.of(
                    "models", "model", Model.class, ModelDto.class, ModelDto::from)
            .filter(Filter.id("organization", "organization_id", "Id of the organization"))
            .filter(Filter.code("region", "region", Region.class, "Region of the organization"))
            .filter(Filter.codeIn("capability", "capabilities", Capability.class, "Named in this capability column"))
            .filter(Filter.bool(
                    "openSource",
                    "open_source",
                    "What the cell says: 开源 (true) or 未开源 (false); models whose cell says neither never match"))
            .searchable()
            .sort("organization", "organization_id")
            .sort("region", "region")
            .facet(Facet.organization("organization", "organization_id"))
            .facet(Facet.code("region", "region", Region.class))
            .facet(Facet.codeIn("capability", "capabilities", Capability.class))
            .build();

    @Inject
    ListEngine engine;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listModels",
            summary = "List models",
            description =
                    "One record per (organization, model), with every capability column that names it; filtered by "
                            + "organization, region, capability and openSource, searched with q.")
    public Page<ModelDto> list(@Context UriInfo uri) {
        return engine.list(LIST, uri.getQueryParameters(), Map.of());
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getModel",
            summary = "Get a model",
            description = "One model by its id, <organization id>-<slug>, e.g. google-palm.")
    public ModelDto get(@Parameter(description = "Model id", example = "google-palm") @PathParam("id") String id) {
        return Found.byId(id, i -> Model.<Model>findById(i), "model", ModelDto::from);
    }
}
