package ai.landscape.api;

import ai.landscape.api.PagePlanner.PagePlan;
import ai.landscape.api.PagePlanner.SearchPlan;
import ai.landscape.common.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * Reads what a {@link ListQuery} selects, in PostgreSQL, within the caller's read transaction: one page with its
 * total, token and facets, or every match as a stream. Counting is {@link Aggregates}'s, the choice of plan
 * {@link PagePlanner}'s, validation {@link ListQueryParser}'s.
 */
@ApplicationScoped
public class ListEngine {

    private static final int STREAM_FETCH_SIZE = 500;

    @Inject
    EntityManager em;

    @Inject
    Aggregates aggregates;

    @Inject
    SearchPlanConfig searchPlans;

    /** The selection of a validated query. */
    public <E> Selection<E> select(ListSpec<E, ?> spec, ListQuery query) {
        return Selection.of(spec, query);
    }

    /** One page of a list, read from {@code snapshot}, the load the current transaction read first. */
    public <E, D> Page<D> page(ListSpec<E, D> spec, ListQuery q, Snapshot snapshot, Function<E, D> mapper) {
        if (q.tokenVersion() != null && !q.tokenVersion().equals(snapshot.version())) {
            throw ProblemException.invalid("pageToken", PageToken.staleDetail(q.tokenVersion(), snapshot.version()));
        }
        Selection<E> s = Selection.of(spec, q);
        long total = aggregates.total(s, q, snapshot);
        List<E> rows = List.of();
        boolean facets = !q.facets().isEmpty();
        if (q.offset() < total) {
            Optional<Groups> groups = aggregates.groups(spec, snapshot);
            rows = q.searched()
                    ? searchedRows(s, q, total, PagePlanner.search(q, total, groups, searchPlans), facets)
                    : rows(s, q, PagePlanner.plan(q, total, groups), facets);
        }
        int next = q.offset() + rows.size();
        String token = next < total ? PageToken.encode(next, q.queryHash(), snapshot.version()) : null;
        Map<String, List<FacetValue>> counts = null;
        if (facets) {
            counts = new LinkedHashMap<>();
            for (String field : q.facets()) {
                counts.put(field, aggregates.facet(s, spec.facets().get(field), snapshot));
            }
        }
        return Page.of(rows.stream().map(mapper).toList(), total, token, counts);
    }

    private <E> List<E> rows(Selection<E> s, ListQuery q, PagePlan plan, boolean facetsFollow) {
        String where = plan.condition() == null ? s.where() : s.whereAnd(plan.condition());
        Map<String, Object> binds = s.rowBinds();
        binds.putAll(plan.binds());
        boolean planned = plan.disable() != null && !where.isEmpty();
        if (planned) {
            em.createNativeQuery("SET LOCAL " + plan.disable() + " = off").executeUpdate();
        }
        Query page = Aggregates.bind(
                em.createNativeQuery(
                        "SELECT * FROM " + s.spec().table() + where + " ORDER BY " + s.orderBy()
                                + " LIMIT :limit OFFSET :offset",
                        s.spec().entity()),
                binds);
        page.setHint(HibernateHints.HINT_READ_ONLY, true); // no snapshots for dirty checking
        page.setParameter("limit", q.pageSize());
        page.setParameter("offset", plan.offset());
        @SuppressWarnings("unchecked")
        List<E> rows = page.getResultList();
        if (planned && facetsFollow) { // the facet queries plan for themselves
            em.createNativeQuery("SET LOCAL " + plan.disable() + " = on").executeUpdate();
        }
        return rows;
    }

    /**
     * The page of a search (q): its ids first, then their records (narrow rows to sort, not whole records). The ids are
     * looked for by a bounded walk of the sort order when the plan says so, otherwise (or when the walk did not fill the
     * page) by reading every match.
     */
    <E> List<E> searchedRows(Selection<E> s, ListQuery q, long total, SearchPlan plan, boolean facetsFollow) {
        long needed = Math.min(q.pageSize(), total - q.offset());
        String table = s.spec().table();
        List<String> ids = List.of();
        if (plan.walk() > 0) {
            ids = ids(
                    "(SELECT * FROM " + table + " ORDER BY " + s.orderBy() + " LIMIT " + plan.walk() + ") w"
                            + s.where(),
                    s,
                    q);
        }
        if (ids.size() < needed) {
            boolean planned = total <= PagePlanner.SEARCH_MATCHES_SORTED;
            if (planned) {
                em.createNativeQuery("SET LOCAL " + PagePlanner.READ_AND_SORT + " = off")
                        .executeUpdate();
            }
            // apart: a subquery the filters are not pushed into (OFFSET 0) finds q's rows through its own index
            String from =
                    plan.apart() ? "(SELECT * FROM " + table + " WHERE " + Selection.SEARCHED + " OFFSET 0) m" : table;
            ids = ids(from + s.where(), s, q);
            if (planned && facetsFollow) {
                em.createNativeQuery("SET LOCAL " + PagePlanner.READ_AND_SORT + " = on")
                        .executeUpdate();
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Query records = Aggregates.bind(
                em.createNativeQuery(
                        "SELECT * FROM " + s.spec().table() + " WHERE id IN (:ids) ORDER BY " + s.orderBy(),
                        s.spec().entity()),
                s.orderBinds());
        records.setParameter("ids", ids);
        records.setHint(HibernateHints.HINT_READ_ONLY, true);
        @SuppressWarnings("unchecked")
        List<E> page = records.getResultList();
        return page;
    }

    /** The ids of a page: {@code from} (a FROM item and a WHERE clause) in the selection's order. */
    private List<String> ids(String from, Selection<?> s, ListQuery q) {
        Query page = Aggregates.bind(
                em.createNativeQuery(
                        "SELECT id FROM " + from + " ORDER BY " + s.orderBy() + " LIMIT :limit OFFSET :offset"),
                s.rowBinds());
        page.setParameter("limit", q.pageSize());
        page.setParameter("offset", q.offset());
        @SuppressWarnings("unchecked")
        List<String> ids = page.getResultList();
        return ids;
    }

    /** Reads every record of a list, in id order, in the caller's read transaction (the export, /meta). */
    public <E, D> void streamAll(ListSpec<E, D> spec, Consumer<D> sink) {
        ListQuery all = ListQueryParser.parse(spec, Map.of(), Map.of(), false);
        stream(select(spec, all), spec.mapper(Map.of()), sink);
    }

    /**
     * Reads every record of a selection in its order, in the caller's read transaction, handing each DTO to {@code
     * sink} as the database cursor yields it: the result is never held in memory.
     */
    public <E, D> void stream(Selection<E> s, Function<E, D> mapper, Consumer<D> sink) {
        QuarkusTransaction.joiningExisting().run(() -> {
            Query q = Aggregates.bind(
                    em.createNativeQuery(
                            "SELECT * FROM " + s.spec().table() + s.where() + " ORDER BY " + s.orderBy(),
                            s.spec().entity()),
                    s.rowBinds());
            q.setHint(HibernateHints.HINT_FETCH_SIZE, STREAM_FETCH_SIZE);
            q.setHint(HibernateHints.HINT_READ_ONLY, true);
            @SuppressWarnings("unchecked")
            Stream<E> rows = q.getResultStream();
            try (rows) {
                int n = 0;
                for (Iterator<E> it = rows.iterator(); it.hasNext(); ) {
                    sink.accept(mapper.apply(it.next()));
                    if (++n % STREAM_FETCH_SIZE == 0) {
                        em.clear();
                    }
                }
            }
        });
    }
}
