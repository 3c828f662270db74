package ai.landscape.search;

import ai.landscape.api.Catalog;
import ai.landscape.common.SearchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * What the search text was found in.
     *
     * @param field name, nameEn, nameZh or aliases: of the record itself, or of the record it links to
     * @param value the value that contains the search text
     * @param viaCollection when the record was found through a link: the code of the linked record's collection
     * @param viaId when the record was found through a link: the id of the linked record whose name matched
     */
    public record Match(
            String field,
            String value,

            @Schema(nullable = true, description = "Found through a link: the collection code of the linked record")
            String viaCollection,

            @Schema(nullable = true, description = "Found through a link: the id of the linked record")
            String viaId) {}

    private static final List<String> FIELDS = List.of("name", "nameEn", "nameZh");

    /** The hit of an entry for the search text {@code q}; {@code path} is the path of the entry's collection. */
    static SearchHit of(SearchEntry e, String q, String path) {
        String needle = SearchText.normalise(q.strip());
        List<String> own = new ArrayList<>(List.of(nullable(e.name), nullable(e.nameEn), nullable(e.nameZh)));
        own.addAll(e.aliases);
        Match matched = match(own, needle, null, null)
                .or(() -> e.links.stream()
                        .flatMap(l -> match(l.names(), needle, l.collection(), l.id()).stream())
                        .findFirst())
                // search_text holds exactly these values, normalised alike, so one of them matches
                .orElseThrow(() -> new IllegalStateException("no field of " + e.id + " contains '" + needle + "'"));
        return new SearchHit(e.collection, e.recordId, e.name, e.nameEn, "/api/v1/" + path + "/" + e.recordId, matched);
    }

    /**
     * The name (name, nameEn, nameZh, then aliases) that matches the needle best, as the relevance order ranks: equal
     * to it, then starting with it, then containing it; the first of equals.
     */
    private static Optional<Match> match(List<String> names, String needle, String viaCollection, String viaId) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < names.size(); i++) {
            String value = names.get(i);
            String normalised = value == null ? "" : SearchText.normalise(value);
            int rank = normalised.equals(needle) ? 0 : normalised.startsWith(needle) ? 1 : 2;
            if (!normalised.isEmpty() && normalised.contains(needle) && rank < bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best < 0
                ? Optional.empty()
                : Optional.of(new Match(
                        best < FIELDS.size() ? FIELDS.get(best) : "aliases", names.get(best), viaCollection, viaId));
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }
}
