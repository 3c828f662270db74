package ai.landscape.role;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The settings of the configured {@link Role}, as a configuration source (registered in {@code META-INF/services}) so
 * that they are in place before Flyway, the seed load and the HTTP server read theirs.
 */
public class RoleConfigSourceFactory implements ConfigSourceFactory {

    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    private static final int ORDINAL = 260;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Role role = Role.of(context.getValue(Role.PROPERTY).getValue());
        return role.settings().isEmpty()
                ? List.of()
                : List.of(new PropertiesConfigSource(role.settings(), "role " + role, ORDINAL));
    }
}
