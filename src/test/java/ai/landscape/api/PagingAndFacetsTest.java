package ai.landscape.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class PagingAndFacetsTest {

    /** Walks every page of a list and returns the ids in order. */
    static List<String> walk(String path, int pageSize) {
        List<String> ids = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            var request = given().queryParam("pageSize", pageSize);
            if (token != null) {
                request.queryParam("pageToken", token);
            }
            ExtractableResponse<Response> r =
                    request.get(path).then().statusCode(200).extract();
            List<String> page = r.path("items.id");
            ids.addAll(page);
            token = r.path("nextPageToken");
            pages++;
            if (token != null) {
                assertEquals(pageSize, page.size(), "a page before the last is full");
            }
        } while (token != null && pages < 1000);
        return ids;
    }

    @ParameterizedTest(name = "{0} by {2}")
    @CsvSource({
        "/api/v1/organizations, 23, 2",
        "/api/v1/organizations, 23, 5",
        "/api/v1/models, 232, 7",
        "/api/v1/models, 232, 50",
        "/api/v1/applications, 55, 4",
        "/api/v1/sota-models, 10, 3",
        "/api/v1/takeaways, 9, 2",
        "/api/v1/sources, 5, 1",
    })
    void pagingFindsEveryRecordExactlyOnce(String path, int total, int pageSize) {
        List<String> ids = walk(path, pageSize);
        assertEquals(total, ids.size());
        Set<String> distinct = new HashSet<>(ids);
        assertEquals(total, distinct.size());
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(sorted, ids, "default order is by id");
    }

    /**
     * A page of a list sorted first by a filter column is read from the values of that column it
     * spans; paging must give the order of the whole list read at once (NDJSON, one ORDER BY).
     */
    @ParameterizedTest(name = "{0} by {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/applications?sort=organization | 4",
                "/api/v1/applications?sort=-organization | 6",
                "/api/v1/applications?sort=organization&segment=CREATORS | 3",
                "/api/v1/applications?sort=-organization,-row&category=TEXT_TO_IMAGE&category=TEXT_GENERATION | 5",
                "/api/v1/models?sort=organization&capability=TEXT | 9",
                "/api/v1/models?sort=-region,organization | 25",
                "/api/v1/organizations?sort=-region,name | 4",
            })
    void pagingASortByAFilterColumnGivesTheWholeListsOrder(String path, int pageSize) {
        String whole = given().accept("application/x-ndjson")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> expected = whole.lines()
                .map(l -> io.restassured.path.json.JsonPath.from(l).getString("id"))
                .toList();
        List<String> paged = walk(path, pageSize);
        assertEquals(expected, paged);
        assertEquals(given().get(path).then().extract().<Integer>path("totalSize"), paged.size());
        assertTrue(paged.size() > pageSize, "more than one page");
    }

    @Test
    void pagingASearchWithFiltersFindsEachHitOnce() {
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            var request = given().queryParam("q", "ernie")
                    .queryParam("collection", "MODELS")
                    .queryParam("pageSize", 3);
            if (token != null) {
                request.queryParam("pageToken", token);
            }
            ExtractableResponse<Response> r =
                    request.get("/api/v1/search").then().statusCode(200).extract();
            ids.addAll(r.path("items.id"));
            token = r.path("nextPageToken");
        } while (token != null);
        assertEquals(15, ids.size());
        assertEquals(15, new HashSet<>(ids).size());
    }

    @Test
    void theLastPageHasNoNextPageToken() {
        given().queryParam("pageSize", 10)
                .get("/api/v1/sota-models")
                .then()
                .statusCode(200)
                .body("items", hasSize(10))
                .body("totalSize", equalTo(10))
                .body("nextPageToken", nullValue());
    }

    @Test
    void aPageTokenOfOtherFiltersIsRefused() {
        String token = given().queryParam("pageSize", 2)
                .queryParam("region", "CN")
                .get("/api/v1/organizations")
                .then()
                .extract()
                .path("nextPageToken");
        given().queryParam("pageToken", token)
                .queryParam("region", "US")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_PARAMETER"))
                .body("errors[0].parameter", equalTo("pageToken"));
        given().queryParam("pageToken", token)
                .queryParam("region", "CN")
                .queryParam("pageSize", 20)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items", hasSize(13))
                .body("items[0].id", equalTo("baidu"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/organizations?sort=-id | zhipu-ai zhejiang-lab xihu-xinchen",
                "/api/v1/organizations?sort=region,-name | alibaba xihu-xinchen tencent",
                "/api/v1/sota-models?sort=-parameters,id | openai-chatgpt-gpt4 google-palm baai-zhipu-glm-130b",
                "/api/v1/sota-models?sort=row | google-palm openai-chatgpt-gpt4 baai-zhipu-glm-130b",
                "/api/v1/takeaways?sort=row | gap-talent gap-compute gap-architecture",
                "/api/v1/applications?sort=-row | mixlab kua-ai aifashions",
            })
    void sortOrdersTheRecords(String query, String firstIds) {
        List<String> ids =
                given().get(query.strip()).then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(firstIds.strip().split(" ")), ids.subList(0, 3));
    }

    @Test
    void facetsCountOverAllMatchesNotJustThePage() {
        ExtractableResponse<Response> r = given().queryParam("pageSize", 1)
                .queryParam("facet", "region")
                .queryParam("facet", "kind")
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .extract();
        assertEquals(1, r.<List<?>>path("items").size());
        assertEquals(
                List.of(
                        Map.of("value", "CN", "label", Map.of("zh", "中国", "en", "China"), "count", 15),
                        Map.of("value", "US", "label", Map.of("zh", "美国", "en", "United States"), "count", 8)),
                r.path("facets.region"));
        assertEquals(
                List.of("COMPANY", "RESEARCH_INSTITUTE", "COMMUNITY", "RESEARCH_TEAM"), r.path("facets.kind.value"));
        assertEquals(List.of(17, 4, 1, 1), r.path("facets.kind.count"));
    }

    @Test
    void facetsFollowTheFilters() {
        ExtractableResponse<Response> r = given().queryParam("category", "TEXT_TO_IMAGE")
                .queryParam("facet", "segment")
                .get("/api/v1/applications")
                .then()
                .statusCode(200)
                .extract();
        assertEquals(21, r.<Integer>path("totalSize"));
        assertEquals(
                List.of("CREATORS", "COMMUNITY", "ENTERPRISE_BRANDS", "COLLEGE_STUDENTS", "ECOMMERCE"),
                r.path("facets.segment.value"));
        assertEquals(List.of(18, 6, 6, 1, 1), r.path("facets.segment.count"));
    }

    @Test
    void anOrganizationFacetIsLabelledWithNames() {
        ExtractableResponse<Response> r = given().queryParam("organization", "baidu")
                .queryParam("organization", "tencent")
                .queryParam("facet", "organization")
                .get("/api/v1/applications")
                .then()
                .statusCode(200)
                .extract();
        assertEquals(List.of("baidu", "tencent"), r.path("facets.organization.value"));
        assertEquals(List.of(4, 1), r.path("facets.organization.count"));
        assertEquals("百度", r.path("facets.organization[0].label.zh"));
        assertEquals("Baidu", r.path("facets.organization[0].label.en"));
    }
}
