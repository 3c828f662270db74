package ai.landscape.search;

import ai.landscape.api.Catalog;
import ai.landscape.common.SearchText;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A record that matched a search.
 *
 * @param collection the code of the record's collection (see the collections vocabulary)
 * @param id the record's id in its collection
 * @param name its name as the seed writes it
 * @param nameEn its English name
 * @param href the path of the record in this API
 * @param matched the field and the value of it that contains the search text
 */
public record SearchHit(
        @Schema(ref = Catalog.COLLECTION_SCHEMA) String collection,
        String id,
        String name,
        @Schema(nullable = true) String nameEn,
        String href,
        Match matched) {

    /** @param field name, nameEn, nameZh or aliases; @param value the value that matched */
    public record Match(String field, String value) {}

    /** The hit of an entry for the search text {@code q}; {@code path} is the path of the entry's collection. */
    static SearchHit of(SearchEntry e, String q, String path) {
        String needle = SearchText.normalise(q.strip());
        List<Match> candidates = new ArrayList<>();
        candidates.add(new Match("name", e.name));
        candidates.add(new Match("nameEn", e.nameEn));
        candidates.add(new Match("nameZh", e.nameZh));
        e.aliases.forEach(a -> candidates.add(new Match("aliases", a)));
        Match matched = candidates.stream()
                .filter(m ->
                        m.value() != null && SearchText.normalise(m.value()).contains(needle))
                .findFirst()
                // search_text holds exactly these values, normalised alike, so one of them matches
                .orElseThrow(() -> new IllegalStateException("no field of " + e.id + " contains '" + needle + "'"));
        return new SearchHit(e.collection, e.recordId, e.name, e.nameEn, "/api/v1/" + path + "/" + e.recordId, matched);
    }
}
