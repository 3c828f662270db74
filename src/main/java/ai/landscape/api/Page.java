package ai.landscape.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a list operation returns: one page of the list (JSON), or, for CSV and NDJSON, every match, which the
 * representation's writer streams from {@code whole} while the other components stay empty.
 *
 * @param items the records of this page
 * @param totalSize how many records match, over all pages
 * @param nextPageToken the token of the next page; absent on the last page
 * @param facets counts by field over all matches, for the fields asked with {@code facet}
 * @param whole every match, to stream as CSV or NDJSON; null for a page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        List<T> items,
        long totalSize,
        String nextPageToken,
        Map<String, List<FacetValue>> facets,
        @JsonIgnore @Schema(hidden = true) StreamedBodies.Held whole) {

    public static <T> Page<T> of(
            List<T> items, long totalSize, String nextPageToken, Map<String, List<FacetValue>> facets) {
        return new Page<>(items, totalSize, nextPageToken, facets, null);
    }

    /** Every match of a list, streamed when the response is written. */
    public static <T> Page<T> whole(StreamedBodies.Held whole) {
        return new Page<>(List.of(), 0, null, null, whole);
    }
}
