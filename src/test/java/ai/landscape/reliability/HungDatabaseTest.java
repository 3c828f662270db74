package ai.landscape.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A hung database is not a down one: the server takes connections and answers nothing ({@code SIGSTOP}), or one table
 * is locked. Every request still gets an answer within the service's bound ({@link #BOUND}: a request that waits
 * longer fails the test): from the response cache when it holds the answer for the last dataset seen, else 503
 * problem+json; readiness turns DOWN without waiting on the database; after {@code SIGCONT} all recovers by itself.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class HungDatabaseTest {

    /** The service's bound on any answer while its database hangs. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI root;

    private record Answer(String path, int status, String contentType, String body, String etag, String dataset) {}

    /** GETs a path; an answer later than the bound throws (HttpTimeoutException) and fails the test. */
    private CompletableFuture<Answer> get(String path) {
        HttpRequest request =
                HttpRequest.newBuilder(root.resolve(path)).timeout(BOUND).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Answer(
                        path,
                        r.statusCode(),
                        r.headers().firstValue("Content-Type").orElse(""),
                        r.body(),
                        r.headers().firstValue("ETag").orElse(null),
                        r.headers().firstValue("Dataset-Version").orElse(null)));
    }

    @Test
    void aFrozenDatabaseIsAnsweredWithinTheBoundAndRecoveredFromByItself() throws Exception {
        DatabaseOutageTest.await(200, 10);
        Answer cached = get("/api/v1/models?capability=CODE").join();
        assertEquals(200, cached.status());
        String version = given().get("/q/health/ready").then().extract().path("checks[0].data.datasetVersion");
        assertEquals(version, cached.dataset());

        ControllablePostgres.freeze();
        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        try {
            // requests from the moment it freezes on: some reach the database before the instance knows it hangs
            for (int i = 0; i < 16; i++) {
                answers.add(get("/api/v1/models?q=frozen-" + i));
                answers.add(get("/api/v1/models?capability=CODE"));
                answers.add(get("/q/health/ready"));
                Thread.sleep(250);
            }
            int uncached = 0;
            for (CompletableFuture<Answer> f : answers) {
                Answer a = f.join();
                if (a.path().contains("frozen")) {
                    uncached++;
                    assertEquals(503, a.status(), a.path());
                    assertEquals("application/problem+json", a.contentType(), a.path());
                    assertTrue(a.body().contains("\"code\":\"DATABASE_UNAVAILABLE\""), a.body());
                } else if (a.path().startsWith("/api/")) {
                    // the answer of the last dataset seen, byte for byte, with its ETag and dataset
                    assertEquals(200, a.status());
                    assertEquals(cached.body(), a.body());
                    assertEquals(cached.etag(), a.etag());
                    assertEquals(version, a.dataset());
                }
            }
            assertEquals(16, uncached);
            // readiness, asked at the end (4 s after the freeze), is DOWN and says why
            Answer ready = get("/q/health/ready").join();
            assertEquals(503, ready.status());
            assertTrue(ready.body().contains("database unavailable"), ready.body());
        } finally {
            ControllablePostgres.thaw();
        }

        DatabaseOutageTest.await(200, 15);
        given().get("/api/v1/organizations?region=US&pageSize=5")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(8));
    }

    /** A session of the test's own on the service's database. */
    private static Connection database() throws Exception {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + ControllablePostgres.PORT + "/postgres", "postgres", "");
    }

    /**
     * Holds an exclusive lock on the organizations while {@code during} runs against the service, then checks that
     * the list, once the lock is gone, answers with its {@code total} records.
     */
    private void whileOrganizationsAreLocked(String list, int total, ThrowingRunnable during) throws Exception {
        DatabaseOutageTest.await(200, 10);
        try (Connection db = database();
                Statement lock = db.createStatement()) {
            db.setAutoCommit(false);
            lock.execute("LOCK TABLE organization IN ACCESS EXCLUSIVE MODE");
            during.run();
            db.rollback();
        }
        given().get(list).then().statusCode(200).body("totalSize", equalTo(total));
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static void assertUnavailable(Answer a) {
        assertEquals(503, a.status(), a.body());
        assertTrue(a.body().contains("\"code\":\"DATABASE_UNAVAILABLE\""), a.body());
    }

    @Test
    void aStatementThatWaitsTooLongIsCancelledByTheServer() throws Exception {
        String list = "/api/v1/organizations?region=CN&pageSize=4";
        whileOrganizationsAreLocked(list, 15, () -> {
            // the list waits on the lock: the server's statement timeout ends the wait, not the client
            assertUnavailable(get(list).join());
            // the database itself answers: the instance stays ready
            assertEquals(200, get("/q/health/ready").join().status());
        });
    }

    @Test
    void aConnectionTheServerTerminatesIsA503() throws Exception {
        String list = "/api/v1/organizations?region=US&pageSize=2";
        whileOrganizationsAreLocked(list, 8, () -> {
            CompletableFuture<Answer> waiting = get(list);
            // as a standby stopping (pg_ctl stop -m fast) ends its sessions: 57P01, "terminating connection due to
            // administrator command"
            try (Connection other = database();
                    Statement terminate = other.createStatement()) {
                long until = System.nanoTime() + 2_000_000_000L;
                boolean terminated = false;
                while (!terminated && System.nanoTime() < until) {
                    try (var rs = terminate.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                            + " WHERE wait_event_type = 'Lock' AND query LIKE '%organization%'")) {
                        terminated = rs.next() && rs.getInt(1) == 1;
                    }
                }
                assertTrue(terminated, "the request's session waits on the lock");
            }
            assertUnavailable(waiting.join());
        });
    }
}
