package ai.landscape.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.landscape.api.PagePlanner.PagePlan;
import ai.landscape.application.Applications;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The page planner alone, on value counts written out here: no service, no database. */
class PagePlannerTest {

    /** The applications' filter columns (categories, segments, organization) and the number of records of each. */
    private static final Groups GROUPS = Groups.of(
            List.copyOf(Applications.LIST.filters().values()),
            List.of(
                    new Object[] {new String[] {"TEXT_TO_IMAGE"}, new String[] {"CREATORS"}, "alibaba", 3L},
                    new Object[] {new String[] {"TEXT_TO_IMAGE"}, new String[] {"COMMUNITY"}, "baidu", 4L},
                    new Object[] {new String[] {"TEXT_GENERATION"}, new String[] {"STUDENTS"}, "baidu", 5L},
                    new Object[] {new String[] {"TEXT_TO_IMAGE"}, new String[] {"CREATORS"}, null, 10L},
                    new Object[] {new String[] {"TEXT_TO_VIDEO"}, new String[] {"CREATORS"}, "tencent", 2L}));

    private static ListQuery query(int offset, String... pairs) {
        java.util.Map<String, List<String>> query = new java.util.LinkedHashMap<>();
        for (String pair : pairs) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], List.of(kv[1]));
        }
        ListQuery first = ListQueryParser.parse(Applications.LIST, query, Map.of(), true);
        if (offset == 0) {
            return first;
        }
        query.put("pageToken", List.of(PageToken.encode(offset, first.queryHash(), "v")));
        return ListQueryParser.parse(Applications.LIST, query, Map.of(), true);
    }

    @Test
    void theCountsOfAGroupSelectionAreTheSumOfItsGroups() {
        assertEquals(24, GROUPS.total());
        assertEquals(17, GROUPS.matching(query(0, "category=TEXT_TO_IMAGE").filters()));
        assertEquals(
                4,
                GROUPS.matching(
                        query(0, "category=TEXT_TO_IMAGE", "organization=baidu").filters()));
        assertEquals(
                0,
                GROUPS.matching(
                        query(0, "segment=STUDENTS", "organization=alibaba").filters()));
    }

    @Test
    void aPageSortedByAFilterColumnReadsTheValuesItSpans() {
        // TEXT_TO_IMAGE by organization: alibaba 3, baidu 4, then the 10 without one; the first 5 span alibaba and
        // baidu
        PagePlan first = PagePlanner.plan(
                query(0, "category=TEXT_TO_IMAGE", "sort=organization", "pageSize=5"), 17, Optional.of(GROUPS));
        assertEquals("(organization_id COLLATE \"C\" IN (:s0, :s1))", first.condition());
        assertEquals(Map.of("s0", "alibaba", "s1", "baidu"), first.binds());
        assertEquals(0, first.offset());
        // those values hold 12 rows, 7 of them matches: walking 5 * 12 / 7 rows costs more than sorting 7
        assertEquals(PagePlanner.READ_AND_SORT, first.disable());

        PagePlan second = PagePlanner.plan(
                query(5, "category=TEXT_TO_IMAGE", "sort=organization", "pageSize=5"), 17, Optional.of(GROUPS));
        assertEquals("(organization_id IS NULL OR organization_id COLLATE \"C\" IN (:s0))", second.condition());
        assertEquals(Map.of("s0", "baidu"), second.binds());
        assertEquals(2, second.offset(), "alibaba's 3 records come before the page");

        PagePlan descending = PagePlanner.plan(
                query(0, "category=TEXT_TO_IMAGE", "sort=-organization", "pageSize=2"), 17, Optional.of(GROUPS));
        assertEquals(Map.of("s0", "baidu"), descending.binds());
    }

    @Test
    void otherSortsWalkOrSortByWhichReadsFewerRows() {
        PagePlan byName =
                PagePlanner.plan(query(0, "category=TEXT_TO_VIDEO", "sort=name", "pageSize=1"), 2, Optional.of(GROUPS));
        assertNull(byName.condition());
        // 2 matches in 24 rows: walking the name index reads about 12 rows for one, sorting the matches reads 2
        assertEquals(PagePlanner.READ_AND_SORT, byName.disable());
        assertEquals(0, byName.offset());
        assertEquals(PagePlanner.WALK, PagePlanner.cheaper(10, 1_000_000, 500_000));
        assertEquals(PagePlanner.READ_AND_SORT, PagePlanner.cheaper(10, 1_000_000, 50));
        PagePlan searched = PagePlanner.plan(query(0, "q=writer", "sort=organization"), 40_000, Optional.of(GROUPS));
        assertNull(searched.condition(), "a search's totals are not in the value counts");
        assertEquals(PagePlanner.READ_AND_SORT, searched.disable());
        assertNull(
                PagePlanner.plan(query(0, "q=writer"), 60_000, Optional.empty()).disable());
    }
}
