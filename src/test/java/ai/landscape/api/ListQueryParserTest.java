package ai.landscape.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.landscape.api.ListQuery.FilterValues;
import ai.landscape.api.ListQuery.SortTerm;
import ai.landscape.application.Applications;
import ai.landscape.common.Problem.FieldError;
import ai.landscape.common.ProblemException;
import ai.landscape.model.Models;
import ai.landscape.sota.SotaModels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The list parser alone: no service, no database. */
class ListQueryParserTest {

    /** A query string's parameters, in order; a repeated name repeats its value. */
    private static Map<String, List<String>> query(String... pairs) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String pair : pairs) {
            String[] kv = pair.split("=", 2);
            query.merge(
                    kv[0],
                    List.of(kv[1]),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                            .toList());
        }
        return query;
    }

    private static ListQuery page(ListSpec<?, ?> spec, String... pairs) {
        return ListQueryParser.parse(spec, query(pairs), Map.of(), true);
    }

    private static List<String> errors(ListSpec<?, ?> spec, boolean paged, String... pairs) {
        ProblemException e =
                assertThrows(ProblemException.class, () -> ListQueryParser.parse(spec, query(pairs), Map.of(), paged));
        assertEquals(400, e.problem().status());
        return e.problem().errors().stream()
                .map(f -> f.parameter() + ": " + f.detail())
                .toList();
    }

    @Test
    void theSortIsStructuredTermsEndingWithTheIdTieBreak() {
        ListQuery q = page(Applications.LIST, "sort=-organization,row");
        assertEquals(
                List.of("organization", "row", "id"),
                q.sort().stream().map(SortTerm::field).toList());
        assertEquals(
                List.of(true, false, false),
                q.sort().stream().map(SortTerm::descending).toList());
        assertEquals(
                "organization_id COLLATE \"C\" DESC NULLS LAST, source_row ASC NULLS LAST, id COLLATE \"C\" ASC",
                q.orderBy());
        assertEquals(
                "lower(name_en) COLLATE \"C\" ASC NULLS LAST, id COLLATE \"C\" ASC",
                page(Applications.LIST, "sort=nameEn").orderBy());
        assertEquals(
                "id COLLATE \"C\" DESC NULLS LAST",
                page(Applications.LIST, "sort=-id").orderBy());
    }

    @Test
    void filterValuesAreTypedAndRepeatedValuesKeepTheirOrder() {
        ListQuery q = page(SotaModels.LIST, "type=LANGUAGE", "minParameters=100000000001", "type=TEXT_TO_IMAGE");
        assertEquals(2, q.filters().size());
        FilterValues type = q.filters().get(0);
        assertEquals("type", type.filter().parameter());
        assertEquals(List.of("LANGUAGE", "TEXT_TO_IMAGE"), type.values());
        assertEquals(List.of(100_000_000_001L), q.filters().get(1).values());
        assertEquals(
                List.of(Boolean.TRUE),
                page(Models.LIST, "openSource=true").filters().get(0).values());
    }

    @Test
    void qIsNormalisedAndPagingHasItsDefaults() {
        ListQuery q = page(Models.LIST, "q= ＰａＬＭ ");
        assertEquals("palm", q.search());
        assertEquals(ListQuery.DEFAULT_PAGE_SIZE, q.pageSize());
        assertEquals(0, q.offset());
        assertNull(q.tokenVersion());
        assertNull(page(Models.LIST).search());
        assertEquals(7, page(Models.LIST, "pageSize=7").pageSize());
    }

    @Test
    void aPathParameterSetsItsFilterFirstAndIsNoQueryParameter() {
        ListQuery q =
                ListQueryParser.parse(Models.LIST, query("capability=TEXT"), Map.of("organization", "baidu"), true);
        assertEquals(
                List.of("organization", "capability"),
                q.filters().stream().map(f -> f.filter().parameter()).toList());
        assertEquals(List.of("baidu"), q.filters().get(0).values());
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> ListQueryParser.parse(
                        Models.LIST, query("organization=openai"), Map.of("organization", "baidu"), true));
        assertEquals(
                new FieldError(
                        "organization",
                        null,
                        "unknown parameter; this list takes region, capability, openSource, q, sort, facet, pageSize, pageToken, format"),
                e.problem().errors().get(0));
    }

    @Test
    void everyBadParameterIsNamedInOneProblem() {
        assertEquals(
                List.of(
                        "zzz: unknown parameter; this list takes category, segment, organization, q, sort, facet, pageSize, pageToken, format",
                        "category: 'FOO' is not one of TEXT_EDITING, TEXT_GENERATION, COMPANIONSHIP, FICTION_WRITING, TEXT_TO_IMAGE, "
                                + "IMAGE_TO_IMAGE, TEXT_TO_AUDIO, TEXT_TO_VIDEO, DIALOGUE, AI_BOT, NPC_GENERATION, NAIL_ART, "
                                + "MEETING_ASSISTANT, DIGITAL_FASHION, DIGITAL_ASSET_MANAGEMENT, AIGC_COMMUNITY",
                        "organization: 'Acme_Inc' is not an id (lower-case letters, digits and '-')",
                        "sort: 'popularity' is not one of id, name, nameEn, organization, row (prefix '-' for descending, separate fields with ',')",
                        "facet: 'color' is not one of category, segment, organization",
                        "pageSize: '0' is not a whole number from 1 to 500"),
                errors(
                        Applications.LIST,
                        true,
                        "zzz=1",
                        "category=FOO",
                        "organization=Acme_Inc",
                        "sort=popularity",
                        "facet=color",
                        "pageSize=0"));
        assertEquals(List.of("sort: 'name' is given twice"), errors(Applications.LIST, true, "sort=name,-name"));
        assertEquals(
                List.of("minParameters: give it once"),
                errors(SotaModels.LIST, true, "minParameters=1", "minParameters=2"));
    }

    @Test
    void aWholeListTakesNoPagesNorFacets() {
        String detail = "does not apply: CSV and NDJSON hold every match, without pages or facets";
        assertEquals(
                List.of("pageSize: " + detail, "facet: " + detail),
                errors(Models.LIST, false, "pageSize=10", "facet=region"));
    }

    @Test
    void aPageTokenCarriesItsOffsetAndVersionAndBindsToTheFiltersQAndSort() {
        ListQuery first = page(Applications.LIST, "category=TEXT_TO_IMAGE", "sort=name", "pageSize=5");
        String token = PageToken.encode(5, first.queryHash(), "v1");
        ListQuery next = page(
                Applications.LIST,
                "category=TEXT_TO_IMAGE",
                "sort=name",
                "pageSize=20",
                "facet=segment",
                "pageToken=" + token);
        assertEquals(5, next.offset());
        assertEquals("v1", next.tokenVersion());
        assertEquals(first.queryHash(), next.queryHash(), "pageSize and facet may change while paging");
        assertEquals(
                List.of("pageToken: belongs to a list with other filters, q or sort; keep them while paging, or start "
                        + "again without pageToken"),
                errors(Applications.LIST, true, "category=TEXT_TO_VIDEO", "sort=name", "pageToken=" + token));
        assertEquals(
                List.of("pageToken: is not a page token of this API; use the nextPageToken of a previous page"),
                errors(Applications.LIST, true, "pageToken=bm9wZQ"));
    }

    @Test
    void theQueryHashIgnoresTheOrderOfRepeatedValuesButNotTheValues() {
        assertEquals(
                page(Applications.LIST, "segment=CREATORS", "segment=COMMUNITY").queryHash(),
                page(Applications.LIST, "segment=COMMUNITY", "segment=CREATORS").queryHash());
        assertNotEquals(
                page(Applications.LIST, "segment=CREATORS").queryHash(),
                page(Applications.LIST, "segment=COMMUNITY").queryHash());
        assertNotEquals(
                page(Applications.LIST, "sort=name").queryHash(),
                page(Applications.LIST, "sort=-name").queryHash());
    }
}
