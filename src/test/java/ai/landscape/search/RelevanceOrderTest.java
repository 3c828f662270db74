package ai.landscape.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.common.SearchText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * /search's default order, against the rule its description states, applied here in Java to the search entries the
 * load wrote: a record one of whose own names is q, then one whose own name starts with q, then one whose own name
 * contains q, then one found through a link; ties by id.
 */
@QuarkusTest
class RelevanceOrderTest {

    private static int rank(SearchEntry e, String q) {
        List<String> own = Arrays.asList(SearchText.own(e.searchText).split("\n"));
        if (own.contains(q)) {
            return 0;
        }
        if (own.stream().anyMatch(n -> n.startsWith(q))) {
            return 1;
        }
        return own.stream().anyMatch(n -> n.contains(q)) ? 2 : 3;
    }

    @ParameterizedTest
    @ValueSource(strings = {"baidu", "ernie", "ai", "google", "文心", "glm", "a"})
    void theHitsComeInTheDescribedOrder(String q) {
        String needle = SearchText.normalise(q);
        List<SearchEntry> all = QuarkusTransaction.requiringNew().call(() -> SearchEntry.<SearchEntry>listAll());
        List<String> expected = all.stream()
                .filter(e -> e.searchText.contains(needle))
                .sorted(Comparator.comparingInt((SearchEntry e) -> rank(e, needle))
                        .thenComparing(e -> e.id, RelevanceOrderTest::byCodePoint))
                .map(e -> e.collection + ":" + e.recordId)
                .toList();
        Set<Integer> ranks = all.stream()
                .filter(e -> e.searchText.contains(needle))
                .map(e -> rank(e, needle))
                .collect(Collectors.toSet());
        assertTrue(expected.size() > 1 && ranks.size() > 1, q + " finds hits of more than one rank: " + ranks);
        List<String> served = given().queryParam("q", q)
                .queryParam("pageSize", 500)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.collect { it.collection + ':' + it.id }", String.class);
        assertEquals(expected, served);
    }

    private static int byCodePoint(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
