package ai.landscape.consumers;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With landscape.rate-limit.enabled=false (LANDSCAPE_RATE_LIMIT_ENABLED) no client is limited or told of a quota. */
@QuarkusTest
@TestProfile(RateLimitOffTest.Off.class)
class RateLimitOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("landscape.rate-limit.enabled", "false", "landscape.rate-limit.limit", "1");
        }
    }

    @Test
    void everyRequestPassesWithoutQuotaFields() {
        for (int pageSize = 1; pageSize <= 3; pageSize++) {
            ExtractableResponse<Response> ok = given().get("/api/v1/sources?pageSize=" + pageSize)
                    .then()
                    .statusCode(200)
                    .extract();
            assertEquals(pageSize, ok.<java.util.List<?>>path("items").size());
            assertNull(ok.header("RateLimit-Limit"));
            assertNull(ok.header("RateLimit-Remaining"));
        }
    }
}
