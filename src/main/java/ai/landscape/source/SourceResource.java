package ai.landscape.source;

import ai.landscape.api.Filter;
import ai.landscape.api.ListEngine;
import ai.landscape.api.ListSpec;
import ai.landscape.api.Page;
import ai.landscape.api.Representation;
import ai.landscape.common.Found;
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

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sources", description = "The seed documents every record comes from")
public class SourceResource {

    public static final ListSpec<Source, SourceDto> LIST = ListSpec.of(
                    "sources", "source", Source.class, SourceDto.class, SourceDto::from)
            .unnamed()
            .filter(Filter.id("work", "work", "Id of the original work: translations of one article share it"))
            .searchable()
            .sort("title", "title")
            .sort("date", "published")
            .build();

    @Inject
    ListEngine engine;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listSources",
            summary = "List sources",
            description =
                    "The five seed documents, with title, publisher, original URL and date where the document states them.")
    public Page<SourceDto> list(@Context UriInfo uri) {
        return engine.list(LIST, uri.getQueryParameters(), Map.of());
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getSource",
            summary = "Get a source",
            description = "One seed document by its id, e.g. genai-research-report.")
    public SourceDto get(
            @Parameter(description = "Source id", example = "genai-research-report") @PathParam("id") String id) {
        return Found.byId(id, i -> Source.<Source>findById(i), "source", SourceDto::from);
    }
}
