package ai.landscape.search;

import ai.landscape.api.Catalog;
import ai.landscape.api.Lists;
import ai.landscape.api.Page;
import ai.landscape.api.Representation;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search", description = "One search across all collections")
public class SearchResource {

    @Inject
    Lists lists;

    @Inject
    Catalog catalog;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = Search.OPERATION_ID,
            summary = "Search every collection",
            description =
                    "Case-insensitive substring search over the names, English names and aliases of organizations, "
                            + "models, applications, SOTA models and sources, Chinese or English, insensitive to full-width and "
                            + "half-width forms (NFKC). Each hit says its collection, id, name and what matched. q is required.")
    public RestResponse<Page<SearchHit>> search() {
        return lists.list(catalog.lists().get(Search.OPERATION_ID));
    }
}
