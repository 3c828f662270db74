package ai.landscape.consumers;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With landscape.response-cache.enabled=false every request is answered from the database. */
@QuarkusTest
@TestProfile(ResponseCacheOffTest.CacheOff.class)
class ResponseCacheOffTest {

    public static class CacheOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("landscape.response-cache.enabled", "false");
        }
    }

    @Test
    void repeatedGetsAreNotCachedButAnswerTheSame() {
        String path = "/api/v1/applications?category=TEXT_TO_IMAGE&facet=segment";
        ExtractableResponse<Response> first =
                given().get(path).then().statusCode(200).extract();
        for (int i = 0; i < 3; i++) {
            ExtractableResponse<Response> again =
                    given().get(path).then().statusCode(200).extract();
            assertEquals(first.asString(), again.asString());
            assertEquals(first.header("ETag"), again.header("ETag"));
        }
        assertEquals(21, first.<Integer>path("totalSize")); // the rows of the application table whose direction is 文生图
        assertEquals(0.0, ResponseCacheTest.metric("landscape_response_cache_hits_total"));
        assertEquals(0.0, ResponseCacheTest.metric("landscape_response_cache_entries"));
    }
}
