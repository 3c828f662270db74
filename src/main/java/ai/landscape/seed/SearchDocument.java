package ai.landscape.seed;

import java.util.List;

/**
 * What /search knows of one record: a row of the {@code search_entry} table, written in the load transaction for
 * every record of a searchable collection.
 *
 * @param collection the code of the record's collection (ORGANIZATIONS, SOTA_MODELS, ...)
 * @param id the record's id in its collection
 * @param name its name as the seed writes it
 * @param nameEn its English name, or null
 * @param nameZh its Chinese name, or null
 * @param aliases its other names
 * @param searchText what a search matches: the names and aliases, normalised, one per line, then (after {@link
 *     ai.landscape.common.SearchText#LINKED}) those of the records it links to
 * @param links the searchable records it links to, with their names
 */
public record SearchDocument(
        String collection,
        String id,
        String name,
        String nameEn,
        String nameZh,
        List<String> aliases,
        String searchText,
        List<Link> links) {

    /**
     * A record linked to, as a search shows it matched through it.
     *
     * @param collection the code of its collection
     * @param id its id
     * @param names its name, English name, Chinese name and aliases, as written (null where it has none)
     */
    public record Link(String collection, String id, List<String> names) {}

    /** The link to this record. */
    public Link asLink() {
        List<String> names = new java.util.ArrayList<>(java.util.Arrays.asList(name, nameEn, nameZh));
        names.addAll(aliases);
        return new Link(collection, id, names);
    }
}
