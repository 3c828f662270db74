package ai.landscape.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The quota of each client for the requests that miss the response cache ({@link RateLimit}): {@link #limit()}
 * requests, refilled continuously over {@link #period()}. Read when the service starts ({@code
 * LANDSCAPE_RATE_LIMIT_ENABLED}, {@code LANDSCAPE_RATE_LIMIT_LIMIT}, {@code LANDSCAPE_RATE_LIMIT_PERIOD}).
 */
@ConfigMapping(prefix = "landscape.rate-limit")
public interface RateLimitConfig {

    /** Whether clients are limited at all (and their quota reported in the RateLimit headers). */
    @WithDefault("true")
    boolean enabled();

    /** The requests a client may make at once, and again each period. */
    @WithDefault("1000")
    long limit();

    /** The time in which a spent quota refills, continuously; whole seconds. */
    @WithDefault("60S")
    Duration period();
}
