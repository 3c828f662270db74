package ai.landscape.consumers;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A forwarded address counts only from a trusted proxy: with forwarding on but only 192.0.2.1 trusted, the requests
 * of this test (from the local host) are one client, whatever X-Forwarded-For they carry.
 */
@QuarkusTest
@TestProfile(RateLimitUntrustedProxyTest.OtherProxy.class)
class RateLimitUntrustedProxyTest {

    public static class OtherProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new RateLimitTest.SmallQuota().getConfigOverrides());
            config.put("landscape.rate-limit.limit", "2");
            config.put("quarkus.http.proxy.trusted-proxies", "192.0.2.1");
            return config;
        }
    }

    @Test
    void aForwardedAddressFromAnUntrustedPeerIsIgnored() {
        given().header("X-Forwarded-For", "203.0.113.10")
                .get("/api/v1/models?pageSize=1")
                .then()
                .statusCode(200)
                .header("RateLimit-Remaining", "1");
        given().header("X-Forwarded-For", "203.0.113.11")
                .get("/api/v1/models?pageSize=2")
                .then()
                .statusCode(200)
                .header("RateLimit-Remaining", "0");
        given().header("X-Forwarded-For", "203.0.113.12")
                .get("/api/v1/models?pageSize=3")
                .then()
                .statusCode(429)
                .contentType("application/problem+json");
    }
}
