package ai.landscape.role;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.exception.FlywayValidateException;

/**
 * The jar's entry point. Without arguments it runs the configured role ({@code landscape.role}, by default all: the
 * service); {@code load [--force]} runs the one-shot load ({@link LoadCommand}) and exits with its status.
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    /** sysexits' EX_USAGE: the command line is wrong. */
    public static final int USAGE = 64;

    @ConfigProperty(name = Role.PROPERTY, defaultValue = "all")
    String role;

    @Inject
    LoadCommand load;

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("load")) {
            // before Quarkus reads its configuration: the role's settings (no HTTP listener, no load at start) apply
            System.setProperty(Role.PROPERTY, "load");
        }
        Quarkus.run(Main.class, Main::exit, args);
    }

    /**
     * Exits with the application's status. A start that failed says why on stderr (the database it could not reach, a
     * schema behind this build), whether or not the log got as far as saying it.
     */
    private static void exit(int status, Throwable failure) {
        if (failure != null) {
            // the driver's own words when the database is at fault ("Connection to host:port refused..."), else the
            // root
            Throwable reason = failure;
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                reason = t;
                if (t instanceof SQLException) {
                    break;
                }
            }
            System.err.println("failed to start: " + reason.getMessage());
            for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
                if (t instanceof FlywayValidateException) {
                    System.err.println("the database schema is not at this build's version (see the pending"
                            + " migrations above); a serve instance never migrates: run the load command of this"
                            + " build (java -jar quarkus-run.jar load) against the primary first");
                    break;
                }
            }
        }
        System.exit(status);
    }

    @Override
    public int run(String... args) {
        if (Role.of(role) == Role.LOAD) {
            String[] options =
                    args.length > 0 && args[0].equals("load") ? Arrays.copyOfRange(args, 1, args.length) : args;
            return load.run(options);
        }
        if (args.length > 0) {
            System.err.println(
                    "unknown command " + String.join(" ", args)
                            + "\nusage: java -jar quarkus-run.jar            serve (landscape.role: all or serve)"
                            + "\n       java -jar quarkus-run.jar load [--force]   load the seed-data into the database and exit");
            return USAGE;
        }
        Quarkus.waitForExit();
        return 0;
    }
}
