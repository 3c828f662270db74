package ai.landscape.takeaway;

import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListEngine;
import ai.landscape.api.ListSpec;
import ai.landscape.api.Page;
import ai.landscape.api.Representation;
import ai.landscape.common.Found;
import ai.landscape.vocabulary.TakeawayKind;
import ai.landscape.vocabulary.TakeawayTopic;
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

@Path("/api/v1/takeaways")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "takeaways", description = "US/China gap findings and what China needs")
public class TakeawayResource {

    public static final ListSpec<Takeaway, TakeawayDto> LIST = ListSpec.of(
                    "takeaways", "takeaway", Takeaway.class, TakeawayDto.class, TakeawayDto::from)
            .unnamed()
            .filter(Filter.code(
                    "kind", "kind", TakeawayKind.class, "GAP (a finding on the gap) or NEED (a thing China needs)"))
            .filter(Filter.code("topic", "topic", TakeawayTopic.class, "Topic of the take-away"))
            .sort("kind", "kind")
            .sort("topic", "topic")
            .sortNumber("row", "source_row")
            .facet(Facet.code("kind", "kind", TakeawayKind.class))
            .facet(Facet.code("topic", "topic", TakeawayTopic.class))
            .build();

    @Inject
    ListEngine engine;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listTakeaways",
            summary = "List take-aways",
            description =
                    "The 5 gap findings and 4 needs of the take-away table, filtered by kind and topic; sort=row gives the table's order.")
    public Page<TakeawayDto> list(@Context UriInfo uri) {
        return engine.list(LIST, uri.getQueryParameters(), Map.of());
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getTakeaway",
            summary = "Get a take-away",
            description = "One take-away by its id, e.g. gap-talent.")
    public TakeawayDto get(
            @Parameter(description = "Take-away id", example = "gap-talent") @PathParam("id") String id) {
        return Found.byId(id, i -> Takeaway.<Takeaway>findById(i), "takeaway", TakeawayDto::from);
    }
}
