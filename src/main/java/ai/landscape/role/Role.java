package ai.landscape.role;

import java.util.Locale;
import java.util.Map;

/**
 * What an instance of the service does. One build runs in every role; {@code landscape.role} (environment
 * {@code LANDSCAPE_ROLE}) chooses, and the {@code load} command line argument chooses {@link #LOAD}.
 */
public enum Role {
    /** The default, the README's commands: migrates, loads the seed-data when it changed, and serves. */
    ALL(Map.of()),
    /**
     * Serves only and never writes: no migration (the schema must be at this build's version already: Flyway
     * validates it and the service refuses to start when it is behind), no load. It can read from a hot standby.
     */
    SERVE(Map.of(
            "quarkus.flyway.migrate-at-start", "false",
            "quarkus.flyway.validate-at-start", "true",
            "landscape.seed.load-on-start", "false")),
    /** The one-shot load: migrates, loads the seed-data in one transaction and exits; no HTTP listener. */
    LOAD(Map.of("quarkus.http.host-enabled", "false", "landscape.seed.load-on-start", "false"));

    /** The property that chooses the role. */
    public static final String PROPERTY = "landscape.role";

    private final Map<String, String> settings;

    Role(Map<String, String> settings) {
        this.settings = settings;
    }

    /** The settings the role implies; explicitly configured values (environment, system properties) win. */
    public Map<String, String> settings() {
        return settings;
    }

    /** The role named by a configured value (case-insensitive); all when none. */
    public static Role of(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + "=" + value + " is not a role: all, serve or load", e);
        }
    }
}
