package ai.landscape.database;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The embedded default database: when no datasource URL is configured, starts the embedded PostgreSQL
 * and points the default datasource at it.
 *
 * <p>Why a configuration source factory (registered in {@code META-INF/services}): Quarkus builds the
 * application's runtime configuration first thing in its runtime initialisation, before the datasource
 * exists, Flyway migrates and Hibernate validates the schema, and it does so however the service runs:
 * the jar, {@code quarkus:run}, {@code @QuarkusTest} and the jar that {@code @QuarkusIntegrationTest}
 * launches (and dev mode at each start). Called at that moment, the factory reads
 * {@link EmbeddedPostgresConfig} from the runtime configuration (environment, system properties,
 * profiles), so that nothing is fixed when the jar is built, and supplies the URL of the server it
 * started. {@link EmbeddedServerShutdown} stops the server with the application.
 *
 * <p>SmallRye also calls the factory wherever else a configuration is built with the application on
 * the class path: when Quarkus reads the build-time configuration (the build, and each test JVM's
 * augmentation) and when the JUnit launcher session of a test JVM opens. Quarkus is in no execution
 * mode then, so the server starts only during runtime initialisation.
 *
 * <p>Not chosen: a {@code @QuarkusMain} starting the server before Quarkus would need another
 * mechanism for {@code @QuarkusTest} (which does not run the main method) and would read its settings
 * before Quarkus' configuration and profiles exist; a {@code StartupEvent} observer runs after Flyway
 * has migrated and Hibernate has validated the schema.
 */
public class EmbeddedPostgresConfigSourceFactory
        implements ConfigSourceFactory.ConfigurableConfigSourceFactory<EmbeddedPostgresConfig> {

    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    private static final int ORDINAL = 270;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT
                || context.getValue(JDBC_URL).getValue() != null) {
            return List.of();
        }
        return ConfigurableConfigSourceFactory.super.getConfigSources(context);
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context, EmbeddedPostgresConfig config) {
        int port = EmbeddedServer.start(config);
        return List.of(new PropertiesConfigSource(
                Map.of(
                        JDBC_URL,
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                        "quarkus.datasource.username",
                        "postgres",
                        "quarkus.datasource.password",
                        "postgres"),
                "embedded PostgreSQL",
                ORDINAL));
    }
}
