package ai.landscape.application;

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

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "applications", description = "The China application list")
public class ApplicationResource {

    @Inject
    Lists lists;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listApplications",
            summary = "List applications",
            description =
                    "The 55 products and projects of the China application list, filtered by category, segment and "
                            + "organization, searched with q.")
    public RestResponse<Page<ApplicationDto>> list() {
        return lists.list(Applications.COLLECTION);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getApplication",
            summary = "Get an application",
            description = "One application by its id, e.g. wenxin-yige.")
    public ApplicationDto get(@Parameter(description = "Application id", example = "mita") @PathParam("id") String id) {
        return lists.detail(Applications.COLLECTION, id);
    }
}
