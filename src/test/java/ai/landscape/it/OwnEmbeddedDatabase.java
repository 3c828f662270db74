package ai.landscape.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packaged application's embedded PostgreSQL in the integration tests: a port of its own and a new
 * data directory under target/, never the port and directory of a service the user runs. The settings
 * reach the launched jar as system properties, above anything in the environment.
 */
public class OwnEmbeddedDatabase implements QuarkusTestResourceLifecycleManager {

    static final int PORT = 54322;
    static final Path DATA_DIR = Path.of("target", "it-postgresql").toAbsolutePath();

    @Override
    public Map<String, String> start() {
        // every run starts from an empty directory: the first start (initdb, migrations, load) is tested
        if (Files.exists(DATA_DIR)) {
            try (Stream<Path> files = Files.walk(DATA_DIR)) {
                files.sorted(Comparator.reverseOrder()).forEach(OwnEmbeddedDatabase::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of(
                "landscape.embedded-postgres.port", Integer.toString(PORT),
                "landscape.embedded-postgres.data-dir", DATA_DIR.toString());
    }

    @Override
    public void stop() {}

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
