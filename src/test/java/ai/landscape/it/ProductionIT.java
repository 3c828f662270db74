package ai.landscape.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/** The packaged application, run as in production (prod profile, embedded PostgreSQL). */
@QuarkusIntegrationTest
class ProductionIT {

    @Test
    void servesTheDataset() {
        given().get("/api/v1/meta")
                .then()
                .statusCode(200)
                .body("counts.organizations", equalTo(23))
                .body("counts.applications", equalTo(55));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void hasNoDevUiNorDevEndpoints() {
        for (String path : new String[] {"/q/dev-ui", "/q/dev-ui/", "/q/dev", "/q/dev/", "/q/arc", "/q/arc/beans"}) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void servesSwaggerUiAndTheSpec() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", equalTo("3.0.3"));
    }

    @Test
    void sendsSecurityHeadersAndNoServerVersion() {
        given().get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
                .header("X-Frame-Options", "DENY")
                .header("Server", nullValue())
                .header("X-Powered-By", nullValue());
    }

    @Test
    void refusesEveryWritingMethodEverywhere() {
        for (String path :
                new String[] {"/api/v1/organizations", "/api/v1/meta", "/q/health", "/q/openapi", "/anything"}) {
            given().post(path)
                    .then()
                    .statusCode(405)
                    .contentType("application/problem+json")
                    .header("Allow", "GET, HEAD, OPTIONS");
            given().delete(path).then().statusCode(405);
        }
    }
}
