package ai.landscape.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The database goes away and comes back: readiness turns DOWN, API calls answer 503
 * problem+json (not 500, no stack trace) unless the response cache holds their answer, and the service recovers without
 * a restart.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

    /** This test's own PostgreSQL, which it stops and starts. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ControllablePostgres.class));
        }
    }

    static int ready() {
        return given().get("/q/health/ready").then().extract().statusCode();
    }

    static void await(int status, int seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (ready() != status && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        assertEquals(status, ready());
    }

    @Test
    void readinessGoesDownApiAnswers503AndAllRecoversWithoutARestart() throws InterruptedException {
        await(200, 10);
        String etag = given().get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(23))
                .extract()
                .header("ETag");

        ControllablePostgres.down();
        await(503, 15);
        given().get("/q/health/ready").then().body("status", equalTo("DOWN"));
        // what the response cache holds of the last dataset seen is still served
        given().get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("totalSize", equalTo(23));
        for (String path : List.of(
                "/api/v1/organizations?pageSize=7",
                "/api/v1/organizations/openai",
                "/api/v1/meta",
                "/api/v1/search?q=ernie",
                "/api/v1/applications?format=csv",
                "/api/v1/export")) {
            given().get(path)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("code", equalTo("DATABASE_UNAVAILABLE"))
                    .body(not(containsString("Exception")));
        }

        ControllablePostgres.up();
        await(200, 30);
        given().get("/api/v1/organizations").then().statusCode(200).body("totalSize", equalTo(23));
        given().get("/api/v1/organizations/openai").then().statusCode(200).body("name", equalTo("Open AI"));
    }
}
