package ai.landscape.takeaway;

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

@Path("/api/v1/takeaways")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "takeaways", description = "US/China gap findings and what China needs")
public class TakeawayResource {

    @Inject
    Lists lists;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listTakeaways",
            summary = "List take-aways",
            description =
                    "The 5 gap findings and 4 needs of the take-away table, filtered by kind and topic; sort=row gives the table's order.")
    public RestResponse<Page<TakeawayDto>> list() {
        return lists.list(Takeaways.COLLECTION);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getTakeaway",
            summary = "Get a take-away",
            description = "One take-away by its id, e.g. gap-talent.")
    public TakeawayDto get(
            @Parameter(description = "Take-away id", example = "gap-talent") @PathParam("id") String id) {
        return lists.detail(Takeaways.COLLECTION, id);
    }
}
