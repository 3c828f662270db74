package ai.landscape.api;

import ai.landscape.common.Problem;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.DefaultBean;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Limits, per client, the requests of the API that the {@link ResponseCache} does not answer: those cost database
 * time, a kept response does not. Each client has a token bucket (Bucket4j) of {@code landscape.rate-limit.limit}
 * requests, refilled continuously over {@code landscape.rate-limit.period}; a request that reaches past the cache
 * takes one, and without one it gets a 429 problem with {@code Retry-After} (seconds until the next token) and
 * changes nothing: it takes no token, reads nothing and is not kept.
 *
 * <p>Every response of the API, a kept one included, reports the client's quota in the fields of
 * draft-ietf-httpapi-ratelimit-headers-06: {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code
 * RateLimit-Reset} (seconds until the bucket is full again) and {@code RateLimit-Policy} ({@code 1000;w=60}). Two
 * routes do it: the first, after CORS and before the {@link Edge} (so that its refusals report the quota too), finds
 * the client's bucket and writes the fields when the headers go out; the second, right after the response cache,
 * charges the request.
 *
 * <p>The client is the address the request came from; behind a load balancer, the address it forwards, when
 * {@code quarkus.http.proxy.*} trusts it (see application.properties). IPv6 clients are counted per /64, the
 * smallest network a host is given. Buckets are kept for one period after their last use (a bucket unused that long
 * is full again, so forgetting it changes nothing), for at most {@value #MAX_CLIENTS} clients.
 *
 * <p>The quarkus-bucket4j extension was not used: its interceptor runs inside the resource method, after routing
 * and parameter handling, only takes a token ({@code tryConsume}), and so can neither report the remaining quota
 * nor see the responses the cache answers before JAX-RS.
 */
@ApplicationScoped
public class RateLimit {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    static final String POLICY = "RateLimit-Policy";
    static final String RETRY_AFTER = jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER;
    static final long MAX_CLIENTS = 100_000;
    /** The bounds of the settings, and so of the fields' values. */
    static final long MAX_LIMIT = 1_000_000_000;

    static final long MAX_PERIOD_SECONDS = 86_400;
    /** {@code RateLimit-Policy}: the limit, then the window in seconds. */
    static final String POLICY_PATTERN = "^[0-9]{1,10};w=[0-9]{1,5}$";

    static final int POLICY_MAX_LENGTH = 18;
    private static final String BUCKET = RateLimit.class.getName();

    @Inject
    RateLimitConfig config;

    @Inject
    TimeMeter clock;

    @Inject
    Edge edge;

    @Inject
    MeterRegistry metrics;

    private Cache<String, Bucket> buckets;
    private Counter refused;

    /** The clock of the buckets: the JVM's monotonic one. */
    @Produces
    @DefaultBean
    @Singleton
    static TimeMeter systemClock() {
        return TimeMeter.SYSTEM_NANOTIME;
    }

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        if (config.limit() < 1
                || config.limit() > MAX_LIMIT
                || config.period().toNanos() % 1_000_000_000L != 0
                || config.period().getSeconds() < 1
                || config.period().getSeconds() > MAX_PERIOD_SECONDS) {
            throw new IllegalStateException("landscape.rate-limit.limit must be from 1 to " + MAX_LIMIT + " (is "
                    + config.limit() + ") and landscape.rate-limit.period whole seconds from 1 to "
                    + MAX_PERIOD_SECONDS + " (is " + config.period() + ")");
        }
        buckets = Caffeine.newBuilder()
                .maximumSize(MAX_CLIENTS)
                .expireAfterAccess(config.period())
                .ticker(clock::currentTimeNanos)
                .build();
        refused = Counter.builder("landscape.rate.limited")
                .description("API requests refused with 429: their client had no quota left")
                .register(metrics);
        router.route().order(-250).handler(this::report);
        router.route().order(-100).handler(this::charge);
    }

    /** Finds the client's bucket, and reports its quota on the response when its headers are written. */
    void report(RoutingContext rc) {
        if (rc.request().path().startsWith("/api/")) {
            Bucket bucket = buckets.get(client(rc.request()), k -> bucket());
            rc.put(BUCKET, bucket);
            rc.addHeadersEndHandler(v -> quota(rc.response(), bucket));
        }
        rc.next();
    }

    /** Takes a token for a request the cache did not answer, or refuses it with a 429. */
    void charge(RoutingContext rc) {
        Bucket bucket = rc.get(BUCKET);
        ConsumptionProbe probe = bucket == null ? null : bucket.tryConsumeAndReturnRemaining(1);
        if (probe == null || probe.isConsumed()) {
            rc.next();
            return;
        }
        refused.increment();
        long retry = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        rc.response().putHeader(RETRY_AFTER, String.valueOf(retry));
        edge.refuse(
                rc,
                Problem.of(
                        429,
                        "RATE_LIMITED",
                        "Too many requests",
                        "this client has used its quota of " + config.limit() + " requests per "
                                + config.period().getSeconds()
                                + " s that the response cache does not answer; retry in " + retry + " s"));
    }

    private Bucket bucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(config.limit()).refillGreedy(config.limit(), config.period()))
                .withCustomTimePrecision(clock)
                .build();
    }

    private void quota(HttpServerResponse response, Bucket bucket) {
        EstimationProbe full = bucket.estimateAbilityToConsume(config.limit());
        response.putHeader(LIMIT, String.valueOf(config.limit()))
                .putHeader(REMAINING, String.valueOf(full.getRemainingTokens()))
                .putHeader(RESET, String.valueOf(seconds(full.getNanosToWaitForRefill())))
                .putHeader(POLICY, config.limit() + ";w=" + config.period().getSeconds());
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    private static String client(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        return address == null ? "" : client(address.hostAddress());
    }

    /** The key of a client's address: an IPv4 address as it is, an IPv6 address's /64 network. */
    static String client(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            // a literal (it has a ':'), so no name is looked up
            byte[] bytes = InetAddress.getByName(address.replace("[", "").replace("]", ""))
                    .getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
