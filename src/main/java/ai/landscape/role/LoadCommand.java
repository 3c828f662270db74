package ai.landscape.role;

import ai.landscape.seed.DatasetLoader;
import ai.landscape.seed.SeedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The load role's one command: by the time it runs, Flyway has migrated the database (the role keeps
 * migrate-at-start); it then validates the configured seed-data as a whole and writes it in one transaction. Exit
 * status: 0 when loaded or already loaded; {@link #REFUSED} when the data does not validate (one line per file, row and
 * reason on stderr; nothing changed); 1 when anything else fails (the database, at start or during the load).
 */
@ApplicationScoped
public class LoadCommand {

    private static final Logger LOG = Logger.getLogger(LoadCommand.class);

    /** sysexits' EX_DATAERR: the input data is wrong. */
    public static final int REFUSED = 65;

    @Inject
    DatasetLoader loader;

    int run(String... options) {
        List<String> args = List.of(options);
        if (!args.stream().allMatch("--force"::equals)) {
            System.err.println("usage: java -jar quarkus-run.jar load [--force]");
            return Main.USAGE;
        }
        try {
            DatasetLoader.Outcome outcome = loader.load(loader.configuredSource(), args.contains("--force"));
            System.out.println((outcome.loaded() ? "loaded dataset " : "dataset already loaded, unchanged: ")
                    + outcome.version() + " " + outcome.counts());
            return 0;
        } catch (SeedException e) {
            System.err.println(e.getMessage());
            return REFUSED;
        } catch (RuntimeException e) {
            LOG.error("load failed, nothing changed", e);
            return 1;
        }
    }
}
