package ai.landscape.search;

import ai.landscape.api.Catalog;
import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.Declaration;
import ai.landscape.api.ListOperation;
import ai.landscape.api.ListSpec;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * /search: one list over the search entries of every searchable collection, which the load writes. Its collection
 * filter, facet and links come from the catalog, so a collection declared searchable is found here at once.
 */
@Singleton
public class Search implements Declaration {

    public static final String OPERATION_ID = "search";

    /** The search list of a catalog. */
    public static ListSpec<SearchEntry, SearchHit> list(Catalog catalog) {
        Map<String, String> paths = catalog.searchable().stream()
                .collect(Collectors.toMap(CollectionDeclaration::code, CollectionDeclaration::path));
        return ListSpec.ofQuery(
                        "search",
                        "search_entry",
                        SearchEntry.class,
                        SearchHit.class,
                        query -> e -> SearchHit.of(e, query.get("q").get(0), paths.get(e.collection)))
                .filter(catalog.collectionFilter("collection", "collection", "Only hits of this collection"))
                .sortedByRelevance()
                .sort("collection", "collection")
                .facet(catalog.collectionFacet("collection", "collection"))
                .build();
    }

    @Override
    public List<ListOperation> lists(Catalog catalog) {
        return List.of(new ListOperation(OPERATION_ID, list(catalog), null, null));
    }
}
