package ai.landscape.seed;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the load transaction needs of a declared collection (the declaration itself lives with its feature). */
public interface SeededCollection {

    /** The collection's name in counts and the export: organizations, sotaModels, ... */
    String name();

    /** The entity of its records: one table, replaced as a whole by every load. */
    Class<?> entity();

    /** Its loader, or empty when the loader of another collection adds its records. */
    Optional<SeedLoader> loader();

    /**
     * The collections to load before it: those whose records its loader reads, and those its rows reference. The
     * load writes them first and deletes them last.
     */
    List<String> loadedAfter();

    /** The search entry of one of its records, or empty when the collection is not searchable. */
    Optional<SearchDocument> searchDocument(Object record);

    /**
     * The ids one of its records links to, by the name of the collection linked to: /search and q find the record by
     * the names of those records too.
     */
    Map<String, Collection<String>> linked(Object record);

    /** The table whose {@code search_text} its list's q searches, or empty when its list has no q. */
    Optional<String> searchedTable();
}
