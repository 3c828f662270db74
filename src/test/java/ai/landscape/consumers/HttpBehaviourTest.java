package ai.landscape.consumers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ai.landscape.api.HttpCaching;
import ai.landscape.seed.DatasetLoader;
import ai.landscape.seed.SeedFiles;
import ai.landscape.seed.SeedSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Caching, CORS and metrics: what browsers, caches and operators rely on. */
@QuarkusTest
class HttpBehaviourTest {

    @Inject
    DatasetLoader loader;

    @AfterEach
    void restore() {
        loader.load(SeedSource.classpath(), false);
    }

    private static String etag(String path, String accept) {
        return given().accept(accept)
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", matchesRegex("\"[A-Za-z0-9_-]{27}\""))
                .header("Cache-Control", "public, max-age=60")
                .header("Vary", "Accept, Accept-Encoding")
                .extract()
                .header("ETag");
    }

    @Test
    void everyGetHasAStrongEtagThatDiffersByRepresentationAndQuery() {
        String json = etag("/api/v1/organizations?region=US", "application/json");
        String csv = etag("/api/v1/organizations?region=US", "text/csv");
        String ndjson = etag("/api/v1/organizations?region=US", "application/x-ndjson");
        String other = etag("/api/v1/organizations?region=CN", "application/json");
        assertEquals(4, List.of(json, csv, ndjson, other).stream().distinct().count());
        assertEquals(json, etag("/api/v1/organizations?region=US", "application/json"));
        assertEquals(
                csv,
                given().get("/api/v1/organizations?region=US&format=csv")
                        .then()
                        .extract()
                        .header("ETag"));
        etag("/api/v1/organizations/openai", "application/json");
        etag("/api/v1/meta", "application/json");
        etag("/api/v1/export", "application/json");
    }

    @Test
    void aMatchingIfNoneMatchIs304WithTheSameCachingHeaders() {
        String tag = etag("/api/v1/applications?category=TEXT_TO_IMAGE", "application/json");
        ValidatableResponse notModified = given().header("If-None-Match", tag)
                .get("/api/v1/applications?category=TEXT_TO_IMAGE")
                .then()
                .statusCode(304)
                .header("ETag", tag)
                .header("Cache-Control", "public, max-age=60")
                .header("Vary", "Accept, Accept-Encoding");
        assertEquals("", notModified.extract().asString());
        given().header("If-None-Match", "\"something-else\"")
                .get("/api/v1/applications?category=TEXT_TO_IMAGE")
                .then()
                .statusCode(200);
        given().header("If-None-Match", tag)
                .accept("text/csv")
                .get("/api/v1/applications?category=TEXT_TO_IMAGE")
                .then()
                .statusCode(200);
        given().header("If-None-Match", "W/" + tag + ", \"x\"")
                .get("/api/v1/applications?category=TEXT_TO_IMAGE")
                .then()
                .statusCode(304);
    }

    @Test
    void everyResponseReadFromADatasetNamesItAndALoadSwitchesItEverywhere() throws IOException {
        String before = given().get("/api/v1/meta")
                .then()
                .header("Dataset-Version", matchesRegex(HttpCaching.DATASET_VERSION_PATTERN))
                .extract()
                .path("datasetVersion");
        String path = "/api/v1/applications?category=TEXT_TO_IMAGE&pageSize=3";
        // read from the database, then from the response cache, then a 304, then a 404 of a record
        String tag = given().get(path)
                .then()
                .header("Dataset-Version", before)
                .extract()
                .header("ETag");
        given().get(path).then().statusCode(200).header("Dataset-Version", before);
        given().header("If-None-Match", tag).get(path).then().statusCode(304).header("Dataset-Version", before);
        given().get("/api/v1/applications/acme").then().statusCode(404).header("Dataset-Version", before);

        Path copy = SeedFiles.copy();
        SeedFiles.replace(copy, "tables/applications.csv", "1,秘塔,", "1,秘塔AI,");
        SeedFiles.replace(copy, "curation/applications.yaml", "name: 秘塔", "name: 秘塔AI");
        String after = loader.load(SeedSource.directory(copy), false).version();
        assertNotEquals(before, after);
        given().get("/api/v1/meta").then().header("Dataset-Version", after).body("datasetVersion", equalTo(after));
        given().get(path).then().statusCode(200).header("Dataset-Version", after);
        given().get("/api/v1/applications/mita")
                .then()
                .header("Dataset-Version", after)
                .body("name", equalTo("秘塔AI"));
    }

    @Test
    void errorsCarryNoEtag() {
        given().get("/api/v1/organizations/acme")
                .then()
                .statusCode(404)
                .header("ETag", nullValue())
                .header("Vary", "Accept, Accept-Encoding");
    }

    @Test
    void theEtagChangesWithTheDatasetAndAHostileCellIsNeutralisedInCsv() throws IOException {
        String before = etag("/api/v1/applications?format=csv", "*/*");
        String jsonBefore = etag("/api/v1/applications/mita", "application/json");
        Path copy = SeedFiles.copy();
        SeedFiles.replace(copy, "tables/applications.csv", "1,秘塔,", "1,\"=HYPERLINK(\"\"http://x\"\")秘塔\",");
        SeedFiles.replace(copy, "curation/applications.yaml", "name: 秘塔", "name: '=HYPERLINK(\"http://x\")秘塔'");
        assertEquals(true, loader.load(SeedSource.directory(copy), false).loaded());

        String after = etag("/api/v1/applications?format=csv", "*/*");
        assertNotEquals(before, after);
        assertNotEquals(jsonBefore, etag("/api/v1/applications/mita", "application/json"));
        given().header("If-None-Match", before)
                .get("/api/v1/applications?format=csv")
                .then()
                .statusCode(200);

        given().get("/api/v1/applications/mita").then().body("name", equalTo("=HYPERLINK(\"http://x\")秘塔"));
        String csv = given().get("/api/v1/applications?format=csv&q=秘塔")
                .then()
                .extract()
                .asString();
        List<CSVRecord> rows = RepresentationsTest.parseCsv(csv);
        assertEquals(1, rows.size());
        assertEquals("'=HYPERLINK(\"http://x\")秘塔", rows.get(0).get("name"));
        assertEquals("mita", rows.get(0).get("id"));
    }

    @Test
    void anyOriginMayReadTheApiWithoutCredentials() {
        given().header("Origin", "https://dashboard.example")
                .get("/api/v1/sota-models")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Credentials", not("true"))
                .header(
                        "Access-Control-Expose-Headers",
                        "ETag,Link,Deprecation,Sunset,Retry-After,Dataset-Version,RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset,RateLimit-Policy");
    }

    @Test
    void aWritingMethodFromAnotherOriginGetsAReadable405() {
        given().header("Origin", "https://dashboard.example")
                .post("/api/v1/organizations")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "GET, HEAD, OPTIONS")
                .header("Access-Control-Allow-Origin", "*")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aPreflightIsAnswered() {
        given().header("Origin", "https://dashboard.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/v1/organizations")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET")
                .header("Access-Control-Allow-Headers", "if-none-match")
                .header("Access-Control-Max-Age", "86400");
    }

    @Test
    void metricsTimeRequestsPerEndpoint() {
        given().get("/api/v1/takeaways?kind=GAP").then().statusCode(200);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(
                        containsString(
                                "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/takeaways\"}"));
    }
}
