package ai.landscape.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, run as in production (prod profile, embedded PostgreSQL), on an embedded
 * database of its own ({@link OwnEmbeddedDatabase}).
 */
@QuarkusIntegrationTest
@WithTestResource(OwnEmbeddedDatabase.class)
class ProductionIT {

    @Test
    void servesFromItsOwnEmbeddedDatabase() throws SQLException, IOException {
        String served =
                given().get("/api/v1/meta").then().statusCode(200).extract().path("datasetVersion");
        // the server on the test's port runs on the test's data directory and holds the dataset served: the
        // service took its embedded database's settings at start, not from the build
        try (Connection db = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + OwnEmbeddedDatabase.PORT + "/postgres", "postgres", "");
                Statement statement = db.createStatement()) {
            assertEquals(OwnEmbeddedDatabase.DATA_DIR.toRealPath().toString(), value(statement, "SHOW data_directory"));
            assertEquals(served, value(statement, "SELECT version FROM dataset"));
        }
    }

    private static String value(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getString(1);
        }
    }

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
