package ai.landscape.consumers;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A repeated GET is served from the response cache: the same bytes and ETag, counted in the metrics. */
@QuarkusTest
class ResponseCacheTest {

    /** The sum of the samples of a metric in /q/metrics; the test fails when the service has no such metric. */
    static double metric(String name) {
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<Double> samples = metrics.lines()
                .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .toList();
        assertFalse(samples.isEmpty(), "/q/metrics has no " + name);
        return samples.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double hits() {
        return metric("landscape_response_cache_hits_total");
    }

    @Test
    void aRepeatedGetIsServedFromTheCacheWithTheSameBytesAndEtag() {
        String path = "/api/v1/models?organization=google&sort=-name&facet=capability";
        ExtractableResponse<Response> first =
                given().get(path).then().statusCode(200).extract();
        given().get(path).then().statusCode(200);
        double before = hits();
        ExtractableResponse<Response> second =
                given().get(path).then().statusCode(200).extract();
        assertTrue(hits() >= before + 1, "the repeated request was a cache hit");
        ExtractableResponse<Response> third = given().accept("application/json")
                .get(path)
                .then()
                .statusCode(200)
                .extract();
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.header("ETag"), third.header("ETag"));
        assertEquals("public, max-age=60", second.header("Cache-Control"));
        assertEquals("nosniff", second.header("X-Content-Type-Options"));
        assertEquals(45, second.<Integer>path("totalSize"));
        given().header("If-None-Match", first.header("ETag")).get(path).then().statusCode(304);
    }

    @Test
    void aRepeatedCsvAskedForWithFormatIsServedFromTheCache() {
        String path = "/api/v1/applications?format=csv&category=TEXT_TO_VIDEO";
        String first = given().get(path).then().statusCode(200).extract().asString();
        given().get(path).then().statusCode(200);
        double before = hits();
        String second = given().get(path).then().statusCode(200).extract().asString();
        assertTrue(hits() >= before + 1, "the repeated CSV was a cache hit");
        assertEquals(first, second);
        assertEquals(7, second.lines().count(), "a header and the 6 text-to-video applications (文生视频)");
    }

    @Test
    void errorsAreNeverCached() {
        given().get("/api/v1/models/acme").then().statusCode(404);
        double before = hits();
        given().get("/api/v1/models/acme").then().statusCode(404).contentType("application/problem+json");
        assertEquals(before, hits());
    }
}
