package ai.landscape.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.seed.SeedFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The two roles of the packaged jar, run as processes on a real PostgreSQL of the test's own (embedded binaries, a
 * free port): {@code java -jar quarkus-run.jar load} loads into the database and exits (0; 65 with the file, row and
 * reason of each problem, nothing changed), and {@code LANDSCAPE_ROLE=serve} serves a database it never writes to (a
 * role that may only read), refuses a schema behind its build, and switches to a new load on its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadCommandIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path WORK = Path.of("target", "load-command-it").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgres postgres;

    private record Run(int status, String out, String err) {}

    private record Loaded(String version, String loadedAt, long organizations, long models) {}

    @BeforeAll
    static void start() throws IOException {
        delete(WORK);
        Files.createDirectories(WORK);
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    @Order(1)
    void theLoadCommandLoadsTheSeedDataOnceAndExits() throws Exception {
        Run first = run(owner("postgres"), "load");
        assertEquals(0, first.status(), first.err());
        Loaded loaded = loaded();
        assertEquals(
                "loaded dataset " + loaded.version(),
                first.out()
                        .lines()
                        .filter(l -> l.startsWith("loaded dataset "))
                        .findFirst()
                        .orElseThrow()
                        .split(" \\{")[0]);
        assertEquals(23, loaded.organizations());
        assertEquals(232, loaded.models());
        // a command, not a server: it opened no HTTP listener
        assertFalse(first.out().contains("Listening on: http"), first.out());

        Run again = run(owner("postgres"), "load");
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("dataset already loaded, unchanged: " + loaded.version()), again.out());
        assertEquals(loaded, loaded());
    }

    @Test
    @Order(2)
    void aBrokenSeedFileIsRefusedWithItsRowAndChangesNothing() throws Exception {
        Loaded before = loaded();
        Path broken = SeedFiles.copy();
        SeedFiles.replace(broken, "tables/applications.csv", "1,秘塔,文本编辑,C端/B端", "1,秘塔,文本编辑,C端/B端,extra,cells");
        Run refused = load(broken);
        assertEquals(65, refused.status(), refused.out());
        assertTrue(refused.err().contains("seed data refused, nothing loaded:"), refused.err());
        assertTrue(
                refused.err().contains("  tables/applications.csv row 1: has 6 cells, the header has 4"),
                refused.err());
        assertEquals(before, loaded());

        // a database that cannot be reached: 1, and the driver's reason
        int nothing = freePort();
        Map<String, String> unreachable = owner("postgres");
        unreachable.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + nothing + "/postgres");
        Run failed = run(unreachable, "load");
        assertEquals(1, failed.status(), failed.out());
        assertTrue(
                failed.err().contains("failed to start: Connection to 127.0.0.1:" + nothing + " refused."),
                failed.err());

        Run usage = run(owner("postgres"), "load", "--everything");
        assertEquals(64, usage.status());
        assertTrue(usage.err().contains("usage: java -jar quarkus-run.jar load [--force]"), usage.err());
        assertEquals(before, loaded());
    }

    @Test
    @Order(3)
    void aServeInstanceNeverMigratesAndRefusesASchemaBehindItsBuild() throws Exception {
        execute("postgres", "CREATE DATABASE empty");
        Map<String, String> env = owner("empty");
        env.put("LANDSCAPE_ROLE", "serve");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(freePort()));
        Run refused = run(env);
        assertEquals(1, refused.status(), refused.out());
        assertTrue(refused.err().contains("a serve instance never migrates: run the load command"), refused.err());
        assertEquals(
                "0", query("empty", "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
    }

    @Test
    @Order(4)
    void aServeInstanceReadsOnlyAndSwitchesToANewLoadByItself() throws Exception {
        // the role it reads as may only read, as on a hot standby: a single write would fail
        execute(
                "postgres",
                "CREATE ROLE reader LOGIN",
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader",
                "ALTER ROLE reader SET default_transaction_read_only = on");
        Loaded before = loaded();
        int port = freePort();
        Map<String, String> env = datasource("postgres", "reader");
        env.put("LANDSCAPE_ROLE", "serve");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Process serve = start(env, WORK.resolve("serve.log"));
        try {
            URI root = URI.create("http://127.0.0.1:" + port);
            awaitReady(root, serve);
            HttpResponse<String> meta = get(root.resolve("/api/v1/meta"));
            assertEquals(200, meta.statusCode());
            assertEquals(
                    before.version(),
                    JSON.readTree(meta.body()).path("datasetVersion").asText());
            assertEquals(
                    before.version(),
                    meta.headers().firstValue("Dataset-Version").orElseThrow());
            assertEquals(
                    23,
                    JSON.readTree(get(root.resolve("/api/v1/organizations")).body())
                            .path("totalSize")
                            .asInt());

            // a new load of changed seed-data, by the load command, while the instance serves
            Path changed = SeedFiles.copy();
            SeedFiles.replace(changed, "tables/takeaways.csv", "（核心研发30）。", "（核心研发30）。（修订）");
            Run run = load(changed);
            assertEquals(0, run.status(), run.err());
            Loaded after = loaded();
            assertNotEquals(before.version(), after.version());

            String id = query("postgres", "SELECT id FROM takeaway WHERE text LIKE '%（修订）'");
            URI takeaway = root.resolve("/api/v1/takeaways/" + id);
            HttpResponse<String> served = get(takeaway);
            for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    !served.headers()
                                    .firstValue("Dataset-Version")
                                    .orElseThrow()
                                    .equals(after.version())
                            && System.nanoTime() < until;
                    served = get(takeaway)) {
                Thread.sleep(100);
            }
            assertEquals(
                    after.version(),
                    served.headers().firstValue("Dataset-Version").orElseThrow());
            assertTrue(JSON.readTree(served.body()).path("text").asText().endsWith("（修订）"), served.body());
            JsonNode newMeta = JSON.readTree(get(root.resolve("/api/v1/meta")).body());
            assertEquals(after.version(), newMeta.path("datasetVersion").asText());
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
        String log = Files.readString(WORK.resolve("serve.log"));
        assertFalse(log.contains("ERROR"), log);
    }

    private static void awaitReady(URI root, Process serve) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < until && serve.isAlive()) {
            try {
                if (get(root.resolve("/q/health/ready")).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(
                "the serve instance did not turn ready: " + Files.readString(WORK.resolve("serve.log")));
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The dataset row and two collections' counts, as the database holds them. */
    private static Loaded loaded() throws SQLException {
        return new Loaded(
                query("postgres", "SELECT version FROM dataset"),
                query("postgres", "SELECT loaded_at::text FROM dataset"),
                Long.parseLong(query("postgres", "SELECT count(*) FROM organization")),
                Long.parseLong(query("postgres", "SELECT count(*) FROM model")));
    }

    /** The load command of a seed-data directory, into the database the test owns. */
    private static Run load(Path seedData) throws Exception {
        Map<String, String> env = owner("postgres");
        env.put("LANDSCAPE_SEED_DIR", seedData.toString());
        return run(env, "load");
    }

    private static Map<String, String> owner(String database) {
        return datasource(database, "postgres");
    }

    private static Map<String, String> datasource(String database, String user) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database);
        env.put("QUARKUS_DATASOURCE_USERNAME", user);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "unused");
        return env;
    }

    /** Runs the jar to its end (at most two minutes), with only the given settings of its own. */
    private static Run run(Map<String, String> env, String... args) throws Exception {
        Path out = Files.createTempFile(WORK, "out", ".txt");
        Path err = Files.createTempFile(WORK, "err", ".txt");
        ProcessBuilder builder = command(env, args).redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not exit within two minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Process start(Map<String, String> env, Path log) throws IOException {
        return command(env)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static ProcessBuilder command(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("LANDSCAPE_"));
        builder.environment().putAll(env);
        return builder;
    }

    private static String query(String database, String sql) throws SQLException {
        try (Connection c = postgres.getDatabase("postgres", database).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            String value = rs.getString(1);
            assertFalse(rs.next(), sql + " has more than one row");
            return value;
        }
    }

    private static void execute(String database, String... statements) throws SQLException {
        try (Connection c = postgres.getDatabase("postgres", database).getConnection();
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
