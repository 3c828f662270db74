package ai.landscape.consumers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rate limit per client, against the running service with a quota of 5 requests an hour (one more every 720 s)
 * and X-Forwarded-For trusted from the local host. Each test is a client of its own (its forwarded address), and
 * every request it makes of a URL no test asked before misses the response cache. The buckets' clock stands still
 * during a test ({@link ShiftedClock}), so that the figures are exact, and moves forward to refill.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallQuota.class)
class RateLimitTest {

    public static class SmallQuota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "landscape.rate-limit.limit", "5",
                    "landscape.rate-limit.period", "3600S",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    private static final AtomicInteger URLS = new AtomicInteger();

    @Inject
    ShiftedClock clock;

    @BeforeEach
    void stopTheClock() {
        clock.stop();
    }

    @AfterEach
    void restartTheClock() {
        clock.restart();
    }

    /** A URL no request has asked for yet: a miss of the response cache. */
    static String fresh() {
        return "/api/v1/organizations?pageSize=" + URLS.incrementAndGet();
    }

    static ExtractableResponse<Response> get(String client, String url, int status) {
        return given().header("X-Forwarded-For", client)
                .get(url)
                .then()
                .statusCode(status)
                .extract();
    }

    /** Asserts the quota a response reports: remaining requests, and seconds until all 5 are back. */
    static void quota(ExtractableResponse<Response> response, int remaining, int reset) {
        assertEquals(
                List.of("5", String.valueOf(remaining), String.valueOf(reset), "5;w=3600"),
                List.of(
                        response.header("RateLimit-Limit"),
                        response.header("RateLimit-Remaining"),
                        response.header("RateLimit-Reset"),
                        response.header("RateLimit-Policy")));
    }

    /** Spends a client's whole quota on new URLs. */
    static void spend(String client) {
        for (int i = 1; i <= 5; i++) {
            quota(get(client, fresh(), 200), 5 - i, 720 * i);
        }
    }

    @Test
    void fiveRequestsPassThenA429ProblemSaysWhenToRetry() {
        String client = "203.0.113.1";
        for (int i = 1; i <= 5; i++) {
            ExtractableResponse<Response> ok = get(client, fresh(), 200);
            quota(ok, 5 - i, 720 * i);
            assertEquals(23, ok.<Integer>path("totalSize"));
        }
        double refusals = ResponseCacheTest.metric("landscape_rate_limited_total");
        ExtractableResponse<Response> refused = given().header("X-Forwarded-For", client)
                .header("Origin", "https://notebook.example")
                .get(fresh())
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rate-limited"))
                .body("title", equalTo("Too many requests"))
                .body("status", equalTo(429))
                .body("code", equalTo("RATE_LIMITED"))
                .body(
                        "detail",
                        equalTo("this client has used its quota of 5 requests per 3600 s that the response cache does "
                                + "not answer; retry in 720 s"))
                .body("errors", equalTo(List.of()))
                .extract();
        assertEquals("720", refused.header("Retry-After"));
        quota(refused, 0, 3600);
        // a browser on another origin can read the refusal and its figures
        assertEquals("*", refused.header("Access-Control-Allow-Origin"));
        assertEquals(
                "ETag,Link,Deprecation,Sunset,Retry-After,Dataset-Version,RateLimit-Limit,RateLimit-Remaining,"
                        + "RateLimit-Reset,"
                        + "RateLimit-Policy",
                refused.header("Access-Control-Expose-Headers"));
        assertEquals(refusals + 1, ResponseCacheTest.metric("landscape_rate_limited_total"));
        // the edge's refusals report the quota too
        quota(
                given().header("X-Forwarded-For", client)
                        .queryParam("q", "x".repeat(5000))
                        .get("/api/v1/organizations")
                        .then()
                        .statusCode(414)
                        .extract(),
                0,
                3600);
    }

    @Test
    void responsesFromTheCacheAreNotCounted() {
        String client = "203.0.113.2";
        String cached = fresh();
        quota(get(client, cached, 200), 4, 720);
        double hits = ResponseCacheTest.metric("landscape_response_cache_hits_total");
        for (int i = 0; i < 30; i++) {
            quota(get(client, cached, 200), 4, 720);
        }
        assertEquals(hits + 30, ResponseCacheTest.metric("landscape_response_cache_hits_total"));
        for (int i = 1; i <= 4; i++) {
            quota(get(client, fresh(), 200), 4 - i, 720 * (i + 1));
        }
        get(client, fresh(), 429);
        // with no quota left, what the cache holds is still served
        ExtractableResponse<Response> stillServed = get(client, cached, 200);
        quota(stillServed, 0, 3600);
        assertEquals(23, stillServed.<Integer>path("totalSize"));
    }

    @Test
    void eachClientHasAQuotaOfItsOwn() {
        spend("203.0.113.3");
        get("203.0.113.3", fresh(), 429);
        quota(get("203.0.113.4", fresh(), 200), 4, 720);
        // IPv6 clients are counted per /64 network
        spend("2001:db8:1:2::1");
        get("2001:db8:1:2::ff", fresh(), 429);
        quota(get("2001:db8:1:3::1", fresh(), 200), 4, 720);
        // the connection's own address, without a forwarded one, is a client too
        ExtractableResponse<Response> direct =
                given().get(fresh()).then().statusCode(200).extract();
        quota(direct, 4, 720);
    }

    @Test
    void aSpentQuotaRefillsOneRequestEvery720Seconds() {
        String client = "203.0.113.5";
        spend(client);
        assertEquals("720", get(client, fresh(), 429).header("Retry-After"));
        clock.advance(Duration.ofSeconds(719));
        ExtractableResponse<Response> almost = get(client, fresh(), 429);
        assertEquals("1", almost.header("Retry-After"));
        quota(almost, 0, 2881);
        clock.advance(Duration.ofSeconds(1));
        quota(get(client, fresh(), 200), 0, 3600);
        get(client, fresh(), 429);
        // a quota unused for longer than its period is whole, never more
        clock.advance(Duration.ofHours(2));
        quota(get(client, fresh(), 200), 4, 720);
    }

    @Test
    void aRefusedRequestChangesNothing() {
        String client = "203.0.113.6";
        String version = get("203.0.113.7", "/api/v1/meta", 200).path("datasetVersion");
        spend(client);
        String url = fresh();
        double refusals = ResponseCacheTest.metric("landscape_rate_limited_total");
        for (int i = 0; i < 20; i++) {
            // a refusal takes no token: the wait does not grow
            assertEquals("720", get(client, url, 429).header("Retry-After"));
        }
        assertEquals(refusals + 20, ResponseCacheTest.metric("landscape_rate_limited_total"));
        clock.advance(Duration.ofSeconds(720));
        double hits = ResponseCacheTest.metric("landscape_response_cache_hits_total");
        ExtractableResponse<Response> served = get(client, url, 200);
        // read from the database now (nothing of the refusals was kept), and the same dataset
        assertEquals(hits, ResponseCacheTest.metric("landscape_response_cache_hits_total"));
        assertEquals(23, served.<Integer>path("totalSize"));
        quota(served, 0, 3600);
        given().header("X-Forwarded-For", "203.0.113.7")
                .get("/api/v1/meta")
                .then()
                .statusCode(200)
                .body("datasetVersion", equalTo(version));
    }
}
