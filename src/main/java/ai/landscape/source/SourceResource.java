package ai.landscape.source;

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

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sources", description = "The seed documents every record comes from")
public class SourceResource {

    @Inject
    Lists lists;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listSources",
            summary = "List sources",
            description =
                    "The five seed documents, with title, publisher, original URL and date where the document states them.")
    public RestResponse<Page<SourceDto>> list() {
        return lists.list(Sources.COLLECTION);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getSource",
            summary = "Get a source",
            description = "One seed document by its id, e.g. genai-research-report.")
    public SourceDto get(
            @Parameter(description = "Source id", example = "genai-research-report") @PathParam("id") String id) {
        return lists.detail(Sources.COLLECTION, id);
    }
}
