package ai.landscape.api;

import ai.landscape.api.ListSpec.SortField;
import java.util.List;

/**
 * A list request, validated and structured: the filters with their typed values, the search text, the sort, the
 * facets and the page. {@link ListQueryParser} makes it from the query parameters.
 *
 * @param filters the filters given (including those a path parameter sets), each with its values
 * @param search the normalised search text of {@code q}, or null
 * @param sort the sort terms, ending with the id tie-break
 * @param facets the facet fields asked for
 * @param pageSize the records per page
 * @param offset where the page starts (from the page token)
 * @param queryHash what the page token binds to: the filters, q and sort
 * @param tokenVersion the dataset version the page token was issued for, or null without a token
 */
public record ListQuery(
        List<FilterValues> filters,
        String search,
        List<SortTerm> sort,
        List<String> facets,
        int pageSize,
        int offset,
        String queryHash,
        String tokenVersion) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;
    public static final int MAX_QUERY_LENGTH = 200;
    /** How many values one parameter may be repeated with. */
    public static final int MAX_VALUES = 50;

    /** A filter with the values given for it, typed (String, Boolean or Long); repeated values OR. */
    public record FilterValues(Filter filter, List<Object> values) {}

    /**
     * One term of the order.
     *
     * @param field the sort field's name
     * @param sortField what it orders by
     * @param descending whether it is descending
     * @param nullsLast whether records without a value come last (every term the caller gives)
     */
    public record SortTerm(String field, SortField sortField, boolean descending, boolean nullsLast) {

        /** The term as ORDER BY takes it. */
        public String sql() {
            return sortField.sql() + (descending ? " DESC" : " ASC") + (nullsLast ? " NULLS LAST" : "");
        }
    }

    public boolean searched() {
        return search != null;
    }

    /** The ORDER BY list. */
    public String orderBy() {
        return String.join(", ", sort.stream().map(SortTerm::sql).toList());
    }
}
