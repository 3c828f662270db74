package ai.landscape.api;

import ai.landscape.api.ListQuery.FilterValues;
import java.util.List;

/**
 * The number of records with each combination of values of a list's filter columns, read once per dataset load: a row
 * holds one value per filter, in {@code filters} order, then the count.
 *
 * @param total the number of records of the list
 */
record Groups(List<Filter> filters, List<Object[]> rows, long total) {

    static Groups of(List<Filter> filters, List<Object[]> rows) {
        return new Groups(
                filters,
                rows,
                rows.stream()
                        .mapToLong(g -> ((Number) g[filters.size()]).longValue())
                        .sum());
    }

    long count(Object[] group) {
        return ((Number) group[filters.size()]).longValue();
    }

    /** Whether the records of a group match every filter of a query (the same test as the filters' SQL). */
    boolean selected(Object[] group, List<FilterValues> given) {
        return given.stream().allMatch(f -> f.filter().matches(group[filters.indexOf(f.filter())], f.values()));
    }

    /** How many records a query's filters select. */
    long matching(List<FilterValues> given) {
        return rows.stream()
                .filter(g -> selected(g, given))
                .mapToLong(this::count)
                .sum();
    }
}
