package ai.landscape.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        return Queries.of(Applications.LIST, offset, pairs);
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
    }

    /** The settings of the search plans: the defaults. */
    private static final SearchPlanConfig CONFIG = new SearchPlanConfig() {
        @Override
        public long walkRows() {
            return 25_000;
        }

        @Override
        public long walkFromMatches() {
            return 2_000;
        }
    };

    /** A million applications: 380,000 in TEXT_TO_IMAGE, 10,000 in NAIL_ART, the others in TEXT_GENERATION. */
    private static final Groups MILLION = Groups.of(
            List.copyOf(Applications.LIST.filters().values()),
            List.of(
                    new Object[] {new String[] {"TEXT_TO_IMAGE"}, new String[] {"CREATORS"}, "alibaba", 380_000L},
                    new Object[] {new String[] {"NAIL_ART"}, new String[] {"CONSUMERS"}, null, 10_000L},
                    new Object[] {new String[] {"TEXT_GENERATION"}, new String[] {"CREATORS"}, "baidu", 610_000L}));

    private static long walk(ListQuery q, long matches, Groups groups) {
        return PagePlanner.search(q, matches, Optional.of(groups), CONFIG).walk();
    }

    @Test
    void aSearchWalksItsSortOrderWhenItsMatchesAreManyAndDense() {
        assertEquals(1_000_000, MILLION.total());
        // 40,000 matches in 1,000,000 rows: spread evenly, a page of 50 is found within 1,250 rows of the order
        assertEquals(25_000, walk(query(0, "q=writer", "sort=organization"), 40_000, MILLION));
        assertEquals(25_000, walk(query(0, "q=writer"), 40_000, MILLION));
        // 5,000 matches: within 10,000 rows, more than a fifth of the walk's bound
        assertEquals(0, walk(query(0, "q=writer"), 5_000, MILLION));
        // a page deep in the matches
        assertEquals(0, walk(query(10_000, "q=writer"), 40_000, MILLION));
        // few matches are read and sorted at once, however dense (GROUPS: 24 rows)
        assertEquals(0, walk(query(0, "q=writer"), 23, GROUPS));
        assertEquals(0, walk(query(0, "q=writer"), 1_999, MILLION));
        assertEquals(25_000, walk(query(0, "q=writer"), 200_000, MILLION));
        // a descending order has no index to walk
        assertEquals(0, walk(query(0, "q=writer", "sort=-name"), 40_000, MILLION));
        // without the value counts nothing is known of the table
        assertEquals(
                new PagePlanner.SearchPlan(0, false),
                PagePlanner.search(query(0, "q=writer"), 40_000, Optional.empty(), CONFIG));
    }

    @Test
    void aSearchFindsItsMatchesApartFromAFilterThatSelectsFarMore() {
        // 9,562 of TEXT_TO_IMAGE's 380,000 match: q alone would match about 25,163 of the million, and the filter's
        // index would give 380,000 rows to intersect with them
        assertTrue(PagePlanner.search(
                        query(0, "q=hailuo", "category=TEXT_TO_IMAGE", "sort=name"),
                        9_562,
                        Optional.of(MILLION),
                        CONFIG)
                .apart());
        // 330 of NAIL_ART's 10,000: q alone about 33,000; the filter's index narrows them
        assertFalse(PagePlanner.search(query(0, "q=studio", "category=NAIL_ART"), 330, Optional.of(MILLION), CONFIG)
                .apart());
        assertFalse(PagePlanner.search(query(0, "q=studio"), 33_000, Optional.of(MILLION), CONFIG)
                .apart());
    }
}
