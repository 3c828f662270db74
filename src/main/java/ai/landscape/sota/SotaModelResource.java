package ai.landscape.sota;

import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListEngine;
import ai.landscape.api.ListSpec;
import ai.landscape.api.Page;
import ai.landscape.api.Representation;
import ai.landscape.common.Found;
import ai.landscape.vocabulary.Region;
import ai.landscape.vocabulary.SotaType;
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

@Path("/api/v1/sota-models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sota-models", description = "The US/China SOTA model comparison")
public class SotaModelResource {

    public static final ListSpec<SotaModel, SotaModelDto> LIST = ListSpec.of(
                    "sota-models", "sota_model", SotaModel.class, SotaModelDto.class, SotaModelDto::from)
            .filter(Filter.code("type", "type", SotaType.class, "Type of model (类型)"))
            .filter(Filter.idIn("organization", "organizations", "Id of one of the organizations of the row"))
            .filter(Filter.codeIn("region", "regions", Region.class, "Region of one of the organizations of the row"))
            .filter(
                    Filter.atLeast(
                            "minParameters",
                            "parameters_min",
                            "At least this many parameters: the stated count, or the low end of a stated range, is at least the value; rows that state no count never match"))
            .filter(
                    Filter.atMost(
                            "maxParameters",
                            "parameters_max",
                            "At most this many parameters: the stated count, or the high end of a stated range, is at most the value; rows that state no count never match"))
            .searchable()
            .sort("type", "type")
            .sortNumber("parameters", "parameters_min")
            .sortNumber("row", "source_row")
            .facet(Facet.code("type", "type", SotaType.class))
            .facet(Facet.organization("organization", "unnest(organizations)"))
            .facet(Facet.codeIn("region", "regions", Region.class))
            .build();

    @Inject
    ListEngine engine;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listSotaModels",
            summary = "List SOTA models",
            description =
                    "The 10 rows of the US/China SOTA comparison, filtered by type, organization, region and parameter "
                            + "count, searched with q.")
    public Page<SotaModelDto> list(@Context UriInfo uri) {
        return engine.list(LIST, uri.getQueryParameters(), Map.of());
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getSotaModel",
            summary = "Get a SOTA model",
            description = "One row of the SOTA comparison by its id, e.g. google-palm.")
    public SotaModelDto get(
            @Parameter(description = "SOTA model id", example = "google-palm") @PathParam("id") String id) {
        return Found.byId(id, i -> SotaModel.<SotaModel>findById(i), "sota model", SotaModelDto::from);
    }
}
