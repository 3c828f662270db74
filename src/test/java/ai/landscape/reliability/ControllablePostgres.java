package ai.landscape.reliability;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /**
     * Freezes the server ({@code SIGSTOP} to the postmaster and every backend): connections stay open and new ones are
     * accepted by the kernel, but nothing answers, as with a hung host or a stalled disk.
     */
    static synchronized void freeze() {
        signal("STOP");
    }

    /** Resumes a frozen server ({@code SIGCONT}). */
    static synchronized void thaw() {
        signal("CONT");
    }

    private static void signal(String signal) {
        try {
            long postmaster = Long.parseLong(
                    Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            List<String> command = new ArrayList<>(List.of("kill", "-" + signal, Long.toString(postmaster)));
            ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(p -> command.add(Long.toString(p.pid())));
            int status = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (status != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
