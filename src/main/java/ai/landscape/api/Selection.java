package ai.landscape.api;

import ai.landscape.api.ListQuery.FilterValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a list a query selects, as SQL: the WHERE clause with its bound values, and the order.
 *
 * @param spec the list
 * @param where {@code " WHERE ..."}, or empty when every record is selected
 * @param binds the bound values of {@code where} by parameter name
 * @param orderBy the ORDER BY list
 * @param orderBinds the bound values the ORDER BY list adds to those of {@code where}
 */
public record Selection<E>(
        ListSpec<E, ?> spec, String where, Map<String, Object> binds, String orderBy, Map<String, Object> orderBinds) {

    /** The condition of q, binding {@code q}: the rows whose search text holds it. */
    static final String SEARCHED = "search_text LIKE :q ESCAPE '\\'";

    /** The selection of a validated query: its filters (a repeated parameter ORs, different ones AND) and q. */
    static <E> Selection<E> of(ListSpec<E, ?> spec, ListQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> binds = new LinkedHashMap<>();
        for (FilterValues f : query.filters()) {
            List<String> names = new ArrayList<>();
            for (Object value : f.values()) {
                String name = "p" + binds.size();
                names.add(name);
                binds.put(name, value);
            }
            conditions.add(f.filter().condition(names));
        }
        Map<String, Object> orderBinds = Map.of();
        if (query.searched()) {
            String escaped =
                    query.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            binds.put("q", "%" + escaped + "%");
            conditions.add(SEARCHED);
            if (query.sort().stream().anyMatch(t -> t.sortField() == ListSpec.RELEVANCE_FIELD)) {
                orderBinds = relevanceBinds(query.search(), escaped);
            }
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Selection<>(spec, where, Map.copyOf(binds), query.orderBy(), orderBinds);
    }

    /**
     * What the relevance order binds: q itself, and the patterns of a line of the own names that is q (the first, the
     * last or one between), that starts with q (the first or a later one), and of q anywhere in them.
     */
    static Map<String, Object> relevanceBinds(String search, String escaped) {
        return Map.of(
                "qexact", search,
                "qfirstline", escaped + "\n%",
                "qlastline", "%\n" + escaped,
                "qline", "%\n" + escaped + "\n%",
                "qstart", escaped + "%",
                "qlinestart", "%\n" + escaped + "%",
                "qcontains", "%" + escaped + "%");
    }

    /** The bound values of a query reading the selected rows in order. */
    Map<String, Object> rowBinds() {
        Map<String, Object> all = new LinkedHashMap<>(binds);
        all.putAll(orderBinds);
        return all;
    }

    /** The WHERE clause with one more condition. */
    String whereAnd(String condition) {
        return where + (where.isEmpty() ? " WHERE " : " AND ") + condition;
    }
}
