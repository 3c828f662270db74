package ai.landscape.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.api.PagePlanner.SearchPlan;
import ai.landscape.common.NamedRecord;
import ai.landscape.common.SearchText;
import ai.landscape.model.Model;
import ai.landscape.model.Models;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every way of reading a search's page (a walk of the sort order, bounded short or long, and q's matches found apart
 * from the filters, or not) reads the same page, on the curated models: the one the records themselves give, filtered
 * and sorted here in Java.
 */
@QuarkusTest
class SearchPlansTest {

    /** The plans: a walk too short to fill most pages (then every match is read), one long enough, none; apart or not. */
    private static final List<SearchPlan> PLANS = List.of(
            new SearchPlan(0, false),
            new SearchPlan(3, false),
            new SearchPlan(500, false),
            new SearchPlan(0, true),
            new SearchPlan(3, true),
            new SearchPlan(500, true));

    @Inject
    ListEngine engine;

    @Inject
    Aggregates aggregates;

    @Inject
    Snapshots snapshots;

    private static ListQuery query(int offset, String... pairs) {
        return Queries.of(Models.LIST, offset, pairs);
    }

    /** The ids of a page read with each plan, and the total, in one read transaction. */
    private Map<SearchPlan, List<String>> pages(ListQuery q) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Snapshot snapshot = snapshots.read();
            Selection<Model> s = Selection.of(Models.LIST, q);
            long total = aggregates.total(s, q, snapshot);
            Map<SearchPlan, List<String>> pages = new LinkedHashMap<>();
            for (SearchPlan plan : PLANS) {
                pages.put(
                        plan,
                        engine.searchedRows(s, q, total, plan, false).stream()
                                .map(m -> m.id)
                                .toList());
            }
            return pages;
        });
    }

    /** The page the records give: q and the region filter applied in Java, sorted by name then id (code points). */
    private static List<String> expected(String q, String region, int offset, int size) {
        List<Model> all = QuarkusTransaction.requiringNew().call(() -> Model.<Model>listAll());
        return all.stream()
                .filter(m -> m.searchText.contains(SearchText.normalise(q)))
                .filter(m -> region == null || region.equals(m.region))
                .sorted(Comparator.comparing((NamedRecord m) -> m.name, SearchPlansTest::byCodePoint)
                        .thenComparing(m -> m.id, SearchPlansTest::byCodePoint))
                .skip(offset)
                .limit(size)
                .map(m -> m.id)
                .toList();
    }

    private static int byCodePoint(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    @Test
    void everyPlanReadsThePageTheRecordsGive() {
        record Case(String q, String region, int offset, int size) {}
        List<Case> cases = List.of(
                new Case("a", null, 0, 5),
                new Case("a", null, 190, 5),
                new Case("a", "CN", 0, 5),
                new Case("a", "CN", 75, 5),
                new Case("gpt", null, 0, 50),
                new Case("文心", "CN", 0, 5));
        for (Case c : cases) {
            List<String> expected = expected(c.q(), c.region(), c.offset(), c.size());
            String[] pairs = c.region() == null
                    ? new String[] {"q=" + c.q(), "sort=name", "pageSize=" + c.size()}
                    : new String[] {"q=" + c.q(), "region=" + c.region(), "sort=name", "pageSize=" + c.size()};
            Map<SearchPlan, List<String>> pages = pages(query(c.offset(), pairs));
            assertTrue(!expected.isEmpty(), c + " selects models");
            pages.forEach((plan, ids) -> assertEquals(expected, ids, c + " read with " + plan));
        }
    }
}
