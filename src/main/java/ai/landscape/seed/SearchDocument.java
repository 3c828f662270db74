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
 * @param searchText what a search matches: the names and aliases, normalised, one per line
 */
public record SearchDocument(
        String collection,
        String id,
        String name,
        String nameEn,
        String nameZh,
        List<String> aliases,
        String searchText) {}
