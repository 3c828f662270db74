package ai.landscape.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One page of a list.
 *
 * @param items the records of this page
 * @param totalSize how many records match, over all pages
 * @param nextPageToken the token of the next page; absent on the last page
 * @param facets counts by field over all matches, for the fields asked with {@code facet}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, long totalSize, String nextPageToken, Map<String, List<FacetValue>> facets) {}
