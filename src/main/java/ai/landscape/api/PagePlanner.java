package ai.landscape.api;

import ai.landscape.api.ListQuery.SortTerm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to read one page of a selection, from exact counts: PostgreSQL's estimate of how many rows match is off when
 * filters correlate (an organization makes a few kinds of application), so the planner is told which way is cheaper.
 * Pure: it decides from the counts, the engine runs the query.
 */
final class PagePlanner {

    /** The plan settings turned off to read a page by reading and sorting its matches, or by a walk. */
    static final String READ_AND_SORT = "enable_indexscan";

    static final String WALK = "enable_bitmapscan";
    /** Up to how many matches a page is sorted from all of them, when the table's size is unknown. */
    static final long FEW_MATCHES = 5_000;
    /** The same for a search (q), whose matches correlate with the sort orders. */
    static final long SEARCH_MATCHES_SORTED = 50_000;

    /**
     * How to read a search's page.
     *
     * @param walk up to how many rows of the sort order to walk for the page first, or 0 to read every match at once
     * @param apart whether the rows q matches are found apart from the filters, which then test them: a filter that
     *     selects most of the table costs more to find through its index than the rows q matches
     */
    record SearchPlan(long walk, boolean apart) {}

    /**
     * The plan of a search's page, from its exact count of matches and the value counts of the list's filter columns.
     * A walk is tried when the matches are many and dense enough that, spread evenly, the page would be found within a
     * fifth of the walk's bound; the bound holds, since a search's matches cluster (a word of the names that sort last
     * is found at the end of the walk). Only ascending orders of columns walk: their indexes ascend, and relevance is
     * computed. The rows q matches are found apart from the filters when the filters select over four times as many
     * rows as q does (estimated as if they were independent).
     */
    static SearchPlan search(ListQuery q, long matches, Optional<Groups> groups, SearchPlanConfig config) {
        if (groups.isEmpty()) {
            return new SearchPlan(0, false);
        }
        long rows = groups.get().total();
        boolean indexed = q.sort().stream().allMatch(t -> !t.descending() && t.sortField() != ListSpec.RELEVANCE_FIELD);
        long end = q.offset() + (long) q.pageSize();
        boolean dense = (double) end * rows / Math.max(matches, 1) <= config.walkRows() / 5.0;
        long walk = indexed && matches >= config.walkFromMatches() && dense ? config.walkRows() : 0;
        long filtered = groups.get().matching(q.filters());
        double searched = (double) matches * rows / Math.max(filtered, 1);
        return new SearchPlan(walk, !q.filters().isEmpty() && filtered > 4 * searched);
    }

    /**
     * The page query.
     *
     * @param condition a condition narrowing the selection to the values of its first sort column the page spans, or
     *     null
     * @param binds the bound values of {@code condition}
     * @param offset the offset of the page within the (narrowed) selection
     * @param disable the plan setting to turn off while reading the page, or null
     */
    record PagePlan(String condition, Map<String, Object> binds, long offset, String disable) {}

    private PagePlanner() {}

    static PagePlan plan(ListQuery q, long total, Optional<Groups> groups) {
        long end = q.offset() + (long) q.pageSize();
        if (groups.isEmpty()) {
            return new PagePlan(null, Map.of(), q.offset(), total <= FEW_MATCHES ? READ_AND_SORT : null);
        }
        PagePlan seek = seek(q, groups.get());
        if (seek != null) {
            return seek;
        }
        return new PagePlan(
                null, Map.of(), q.offset(), cheaper(end, groups.get().total(), total));
    }

    /**
     * Walking the sort index until the page is full reads about {@code end * rows / matches} rows; reading every match
     * through the filter indexes and sorting them reads the matches. The cheaper of the two.
     */
    static String cheaper(long end, long rows, long matches) {
        return (double) end * rows / Math.max(matches, 1) > matches ? READ_AND_SORT : WALK;
    }

    /**
     * When a list is sorted first by a column that is also a filter column (e.g. organization), the value counts tell
     * which values of it the page spans and how many records come before them: the page query then reads those values
     * only. Otherwise the sort index would be walked from the start, and the values of such a column correlate with the
     * other filters, so the walk may read most of the table before a match. Null when the first sort is not such a
     * column or the page spans no value.
     */
    static PagePlan seek(ListQuery q, Groups groups) {
        SortTerm first = q.sort().get(0);
        int column = -1;
        for (int i = 0; i < groups.filters().size() && column < 0; i++) {
            Filter f = groups.filters().get(i);
            if (f.match() == Filter.Match.EQUALS
                    && first.sortField().text()
                    && first.sortField().expression().equals(f.column())) {
                column = i;
            }
        }
        if (column < 0) {
            return null;
        }
        Map<String, Long> counts = new HashMap<>();
        Map<String, Long> rows = new HashMap<>();
        for (Object[] g : groups.rows()) {
            String value = (String) g[column];
            rows.merge(value, groups.count(g), Long::sum);
            if (groups.selected(g, q.filters())) {
                counts.merge(value, groups.count(g), Long::sum);
            }
        }
        Comparator<String> order = first.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        long before = 0;
        long seen = 0;
        List<String> spanned = new ArrayList<>();
        for (String v :
                counts.keySet().stream().sorted(Comparator.nullsLast(order)).toList()) {
            long n = counts.get(v);
            if (seen + n <= q.offset()) {
                before += n;
            } else if (seen < q.offset() + q.pageSize()) {
                spanned.add(v);
            }
            seen += n;
        }
        if (spanned.isEmpty()) {
            return null;
        }
        String columnName = groups.filters().get(column).column();
        Map<String, Object> binds = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        for (String v : spanned) {
            if (v == null) {
                terms.add(columnName + " IS NULL");
            } else {
                binds.put("s" + binds.size(), v);
            }
        }
        if (!binds.isEmpty()) { // in the sort's collation, so that the sort index finds them
            terms.add(columnName + " COLLATE \"C\" IN ("
                    + String.join(
                            ", ", binds.keySet().stream().map(b -> ":" + b).toList()) + ")");
        }
        long offset = q.offset() - before;
        long spannedRows = spanned.stream().mapToLong(rows::get).sum();
        long spannedMatches = spanned.stream().mapToLong(counts::get).sum();
        return new PagePlan(
                "(" + String.join(" OR ", terms) + ")",
                binds,
                offset,
                cheaper(offset + q.pageSize(), spannedRows, spannedMatches));
    }
}
