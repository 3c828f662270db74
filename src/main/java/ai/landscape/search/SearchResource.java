package ai.landscape.search;

import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListEngine;
import ai.landscape.api.ListSpec;
import ai.landscape.api.Page;
import ai.landscape.api.Representation;
import ai.landscape.vocabulary.Collection;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search", description = "One search across all collections")
public class SearchResource {

    public static final ListSpec<SearchEntry, SearchHit> LIST = ListSpec.ofQuery(
                    "search",
                    "search_entry",
                    SearchEntry.class,
                    SearchHit.class,
                    query -> e -> SearchHit.of(e, query.getFirst("q")))
            .filter(Filter.code("collection", "collection", Collection.class, "Only hits of this collection"))
            .searchRequired()
            .sort("collection", "collection")
            .facet(Facet.code("collection", "collection", Collection.class))
            .build();

    @Inject
    ListEngine engine;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "search",
            summary = "Search every collection",
            description =
                    "Case-insensitive substring search over the names, English names and aliases of organizations, "
                            + "models, applications, SOTA models and sources, Chinese or English, insensitive to full-width and "
                            + "half-width forms (NFKC). Each hit says its collection, id, name and what matched. q is required.")
    public Page<SearchHit> search(@Context UriInfo uri) {
        return engine.list(LIST, uri.getQueryParameters(), Map.of());
    }
}
