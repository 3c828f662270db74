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
                    "Case-insensitive substring search over the names, English names and aliases of every searchable "
                            + "collection (the collection vocabulary lists them), Chinese or English, insensitive to "
                            + "full-width and half-width forms (NFKC). A record is also found by the names of the records "
                            + "it links to (a SOTA row or a model by its organization's names and aliases); matched.viaCollection "
                            + "and matched.viaId then name the linked record whose name matched. Each hit says its collection, id, name and "
                            + "what matched. q is required. The default order is relevance: a record one of whose own "
                            + "names is q, then one whose own name starts with q, then one whose own name contains q, then "
                            + "one found through a link; ties by id. sort= orders otherwise (relevance is a sort field too).")
    public RestResponse<Page<SearchHit>> search() {
        return lists.list(catalog.lists().get(Search.OPERATION_ID));
    }
}
