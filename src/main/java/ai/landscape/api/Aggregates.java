package ai.landscape.api;

import ai.landscape.seed.DatasetLoaded;
import ai.landscape.vocabulary.Label;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Totals and facet counts of selections, and the value counts of each list's filter columns. They depend on the
 * selection and the dataset load only, not on the page or the sort, so they are counted once per load and kept, keyed
 * by the load the request's transaction reads: paging through a large selection or re-sorting it reads one page of
 * rows, not every match.
 */
@ApplicationScoped
class Aggregates {

    /** Up to how many combinations of filter values a list's totals are counted from. */
    static final int MAX_GROUPS = 20_000;

    private static final int MAX_KEPT = 10_000;

    record SelectionKey(String load, String table, String where, Map<String, Object> binds) {}

    record FacetKey(SelectionKey selection, String field) {}

    record GroupsKey(String load, String table) {}

    private final AsyncCache<SelectionKey, Long> totals =
            Caffeine.newBuilder().maximumSize(MAX_KEPT).buildAsync();
    private final AsyncCache<FacetKey, List<FacetValue>> facets =
            Caffeine.newBuilder().maximumSize(MAX_KEPT).buildAsync();
    private final AsyncCache<GroupsKey, Optional<Groups>> groups =
            Caffeine.newBuilder().maximumSize(MAX_KEPT).buildAsync();

    @Inject
    EntityManager em;

    /**
     * How many records a selection holds: from the counts of the filter columns' values when it has no q and they are
     * few, otherwise with a count of the matching rows.
     */
    long total(Selection<?> s, ListQuery q, Snapshot snapshot) {
        return counted(totals, key(s, snapshot), k -> {
            Optional<Groups> g = q.searched() ? Optional.empty() : groups(s.spec(), snapshot);
            if (g.isPresent()) {
                return g.get().matching(q.filters());
            }
            return ((Number) bind(
                                    em.createNativeQuery(
                                            "SELECT count(*) FROM " + s.spec().table() + s.where()),
                                    s.binds())
                            .getSingleResult())
                    .longValue();
        });
    }

    /** The value counts of a list's filter columns, or empty when there are more than {@link #MAX_GROUPS}. */
    Optional<Groups> groups(ListSpec<?, ?> spec, Snapshot snapshot) {
        return counted(groups, new GroupsKey(snapshot.key(), spec.table()), k -> {
            List<Filter> filters = List.copyOf(spec.filters().values());
            if (filters.isEmpty()) {
                return Optional.empty();
            }
            String columns =
                    String.join(", ", filters.stream().map(Filter::column).toList());
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT " + columns + ", count(*) FROM " + spec.table()
                            + " GROUP BY " + columns + " LIMIT " + (MAX_GROUPS + 1))
                    .getResultList();
            return rows.size() > MAX_GROUPS ? Optional.empty() : Optional.of(Groups.of(filters, rows));
        });
    }

    /** The counts of a facet's values over a selection, most frequent first, labelled. */
    List<FacetValue> facet(Selection<?> s, Facet facet, Snapshot snapshot) {
        return counted(facets, new FacetKey(key(s, snapshot), facet.field()), k -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = bind(
                            em.createNativeQuery("SELECT v, count(*) AS n FROM (SELECT " + facet.expression()
                                    + " AS v FROM " + s.spec().table() + s.where()
                                    + ") f WHERE v IS NOT NULL GROUP BY v ORDER BY n DESC, v"),
                            s.binds())
                    .getResultList();
            Map<String, Label> labels =
                    facet.labels().of(rows.stream().map(r -> (String) r[0]).toList());
            List<FacetValue> values = new ArrayList<>();
            for (Object[] row : rows) {
                String value = (String) row[0];
                values.add(new FacetValue(
                        value, labels.getOrDefault(value, new Label(null, value)), ((Number) row[1]).longValue()));
            }
            return List.copyOf(values);
        });
    }

    /** What was counted for earlier loads is never asked for again. */
    void clear(@Observes(during = TransactionPhase.AFTER_SUCCESS) DatasetLoaded load) {
        totals.synchronous().invalidateAll();
        facets.synchronous().invalidateAll();
        groups.synchronous().invalidateAll();
    }

    /**
     * The value kept for a key, or counted now by the caller, in its own read transaction. Callers of the same key wait
     * for that one count; callers of other keys never wait for it (a cache's own compute would hold a lock shared by
     * several keys while the database counts: on a new instance, whose first counts are slow, requests queued there).
     */
    private static <K, V> V counted(AsyncCache<K, V> cache, K key, Function<K, V> count) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> kept = cache.asMap().putIfAbsent(key, mine);
        if (kept != null) {
            try {
                return kept.join();
            } catch (CompletionException e) { // that count failed: so does this request, the same way
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            V value = count.apply(key);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            cache.asMap().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static SelectionKey key(Selection<?> s, Snapshot snapshot) {
        return new SelectionKey(snapshot.key(), s.spec().table(), s.where(), s.binds());
    }

    static Query bind(Query q, Map<String, Object> binds) {
        binds.forEach(q::setParameter);
        return q;
    }
}
