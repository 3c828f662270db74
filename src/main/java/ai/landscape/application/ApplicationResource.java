package ai.landscape.application;

import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListEngine;
import ai.landscape.api.ListSpec;
import ai.landscape.api.Page;
import ai.landscape.api.Representation;
import ai.landscape.common.Found;
import ai.landscape.vocabulary.Category;
import ai.landscape.vocabulary.Segment;
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

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "applications", description = "The China application list")
public class ApplicationResource {

    public static final ListSpec<Application, ApplicationDto> LIST = ListSpec.of(
                    "applications", "application", Application.class, ApplicationDto.class, ApplicationDto::from)
            .filter(Filter.codeIn("category", "categories", Category.class, "Direction (方向) of the application"))
            .filter(Filter.codeIn("segment", "segments", Segment.class, "Go-to-market segment"))
            .filter(Filter.id("organization", "organization_id", "Id of the organization that makes it"))
            .searchable()
            .sort("organization", "organization_id")
            .sortNumber("row", "source_row")
            .facet(Facet.codeIn("category", "categories", Category.class))
            .facet(Facet.codeIn("segment", "segments", Segment.class))
            .facet(Facet.organization("organization", "organization_id"))
            .build();

    @Inject
    ListEngine engine;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listApplications",
            summary = "List applications",
            description =
                    "The 55 products and projects of the China application list, filtered by category, segment and "
                            + "organization, searched with q.")
    public Page<ApplicationDto> list(@Context UriInfo uri) {
        return engine.list(LIST, uri.getQueryParameters(), Map.of());
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getApplication",
            summary = "Get an application",
            description = "One application by its id, e.g. wenxin-yige.")
    public ApplicationDto get(@Parameter(description = "Application id", example = "mita") @PathParam("id") String id) {
        return Found.byId(id, i -> Application.<Application>findById(i), "application", ApplicationDto::from);
    }
}
