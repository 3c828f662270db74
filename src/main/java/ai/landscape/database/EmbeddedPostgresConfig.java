package ai.landscape.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded default database (used when no datasource URL is configured), read when the service
 * starts: {@code LANDSCAPE_EMBEDDED_POSTGRES_PORT} and {@code LANDSCAPE_EMBEDDED_POSTGRES_DATA_DIR}
 * change it without a rebuild.
 */
@ConfigMapping(prefix = "landscape.embedded-postgres")
public interface EmbeddedPostgresConfig {

    /** The port on the loopback interface, away from a local server's 5432. */
    @WithDefault("54320")
    int port();

    /**
     * The data directory, kept between starts (a restart skips initdb, the migrations and the load of
     * an unchanged dataset). Without one, the server runs on a new temporary directory, deleted when
     * it stops.
     */
    Optional<Path> dataDir();
}
