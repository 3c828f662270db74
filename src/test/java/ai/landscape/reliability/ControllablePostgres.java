package ai.landscape.reliability;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real PostgreSQL (the embedded binaries, started directly) that a test can stop and start
 * again on the same port and data directory, to play a database outage.
 */
public class ControllablePostgres implements QuarkusTestResourceLifecycleManager {

    static final int PORT = 54331;
    private static Path dataDir;
    private static EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("outage-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        up();
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        down();
        deleteDataDirectory();
    }

    /** The data directory is the test's own: nothing is left behind in the temporary directory. */
    private static void deleteDataDirectory() {
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server (again) on the same port and data. */
    static synchronized void up() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(PORT)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server: connections break, new ones are refused. */
    static synchronized void down() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }
}
