package ai.landscape.consumers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.api.Catalog;
import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.ListResponses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV and NDJSON of every list: the same filters and sort as JSON, every match, read back by real parsers. */
@QuarkusTest
public class RepresentationsTest {

    @Inject
    Catalog catalog;

    static List<CSVRecord> parseCsv(String body) throws IOException {
        return ListResponses.csv(body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/organizations | ",
                "/api/v1/organizations | region=CN&capability=CODE",
                "/api/v1/models | ",
                "/api/v1/models | organization=baidu&sort=-name",
                "/api/v1/organizations/baidu/models | capability=INDUSTRY",
                "/api/v1/applications | category=TEXT_TO_IMAGE&segment=COMMUNITY",
                "/api/v1/sota-models | minParameters=10000000000",
                "/api/v1/takeaways | kind=GAP",
                "/api/v1/sources | ",
                "/api/v1/search | q=ernie",
            })
    void csvAndNdjsonHoldEveryMatchInTheOrderOfJson(String path, String query) throws IOException {
        String q = query == null ? "" : query;
        String sep = q.isEmpty() ? "" : "&";
        JsonNode json = new ObjectMapper()
                .readTree(given().get(path + "?pageSize=500" + sep + q)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        int total = json.get("totalSize").asInt();
        List<String> ids = json.findValuesAsText("id").subList(0, total);

        String csv = given().get(path + "?format=csv" + sep + q)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        List<CSVRecord> rows = parseCsv(csv);
        assertEquals(total, rows.size());
        assertEquals(ids, rows.stream().map(r -> r.get("id")).toList());

        String ndjson = given().accept("application/x-ndjson")
                .get(path + (q.isEmpty() ? "" : "?" + q))
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();
        List<String> lines = ndjson.lines().toList();
        assertEquals(total, lines.size());
        ObjectMapper m = new ObjectMapper();
        for (int i = 0; i < total; i++) {
            assertEquals(ids.get(i), m.readTree(lines.get(i)).get("id").asText());
        }
    }

    @Test
    void csvKeepsChineseTextListsAndNestedFields() throws IOException {
        List<CSVRecord> rows = parseCsv(given().accept("text/csv")
                .get("/api/v1/applications?organization=alibaba")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(1, rows.size());
        CSVRecord luban = rows.get(0);
        assertEquals("alibaba-luban", luban.get("id"));
        assertEquals("阿里鹿班", luban.get("name"));
        assertEquals("创作者＋电商＋2B品牌", luban.get("segmentsRaw"));
        assertEquals("CREATORS;ECOMMERCE;ENTERPRISE_BRANDS", luban.get("segments"));
        assertEquals("applications", luban.get("provenance.table"));
        assertEquals("33", luban.get("provenance.row"));
        List<CSVRecord> orgs = parseCsv(given().get("/api/v1/organizations?format=csv&q=Stability")
                .then()
                .extract()
                .asString());
        JsonNode compute = new ObjectMapper().readTree(orgs.get(0).get("compute"));
        assertEquals(4000, compute.get(0).get("count").asInt());
        assertEquals("PUBLIC_CLOUD", compute.get(0).get("deployment").asText());
    }

    @Test
    void anEmptyListIsAHeaderRowOnly() {
        String csv = given().get("/api/v1/organizations?format=csv&q=no-such-thing")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(
                "id,name,nameEn,nameEnTranslated,nameEnOrigin,nameZh,region,kind,aliases,capabilities,capabilityCells,"
                        + "computeRaw,compute,fundingRaw,funding,leadersRaw,leaders,citations,provenance.source,"
                        + "provenance.table,provenance.row,mentions\n",
                csv);
    }

    @Test
    void pagingAndFacetsDoNotApplyToWholeLists() {
        given().get("/api/v1/models?format=csv&pageSize=10&facet=region")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", equalTo(List.of("pageSize", "facet")))
                .body(
                        "errors[0].detail",
                        equalTo("does not apply: CSV and NDJSON hold every match, without pages or facets"));
    }

    @Test
    void badFormatsAndAcceptsAreRefused() {
        given().get("/api/v1/models?format=xml")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("format"))
                .body("errors[0].detail", equalTo("'xml' is not one of json, csv, ndjson"));
        given().accept("application/xml")
                .get("/api/v1/models")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_ACCEPTABLE"));
        given().accept("text/csv")
                .get("/api/v1/models/google-palm")
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
        given().header("Accept", "text/csv;q=0.5, application/json")
                .get("/api/v1/takeaways")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("totalSize", equalTo(9));
    }

    @Test
    void theExportHoldsEveryCollection() throws IOException {
        JsonNode export = new ObjectMapper()
                .readTree(given().get("/api/v1/export")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        Map<String, Integer> counts = new ObjectMapper()
                .convertValue(
                        new ObjectMapper()
                                .readTree(given().get("/api/v1/meta")
                                        .then()
                                        .extract()
                                        .asString())
                                .get("counts"),
                        Map.class);
        for (String collection :
                catalog.collections().stream().map(CollectionDeclaration::name).toList()) {
            assertEquals(
                    counts.get(collection).intValue(), export.get(collection).size(), collection);
        }
        assertEquals(16, export.at("/vocabularies/categories").size());
        assertEquals(
                "北京智源人工智能研究院",
                export.get("organizations").findValues("name").stream()
                        .map(JsonNode::asText)
                        .filter(n -> n.startsWith("北京"))
                        .findFirst()
                        .orElseThrow());
        assertTrue(export.get("datasetVersion").asText().matches("[0-9a-f]{16}"));
    }
}
