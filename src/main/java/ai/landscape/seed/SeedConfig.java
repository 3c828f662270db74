package ai.landscape.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "landscape.seed")
public interface SeedConfig {

    /** A seed-data directory to load instead of the copy packaged in the application. */
    Optional<Path> dir();

    /** Load (when changed) at start-up. */
    @WithDefault("true")
    boolean loadOnStart();
}
