package ai.landscape.api;

import ai.landscape.seed.DatasetLoaded;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encoded responses, kept per dataset load. The dataset changes only on reload, so a successful GET of the API is a
 * function of the load it was read from, the request URI and its Accept header: its bytes (with content type and ETag)
 * are kept, tagged with that load, bounded in memory, and served straight from the HTTP layer, before any routing or
 * query, to the next identical request while that load is the one this instance serves ({@link ServedDataset}),
 * also while the database does not answer (the last load seen stays the one served). A load empties it. Conditional requests go the JAX-RS way, whose precondition check answers them without a query.
 * {@code landscape.response-cache.enabled=false} turns it off, so that every request takes the database path (the scale
 * benchmark measures that path).
 */
@ApplicationScoped
@Provider
public class ResponseCache implements WriterInterceptor {

    /** What is kept: the bytes as sent, the headers that depend on them, and the load they were read from. */
    record Entry(byte[] body, String contentType, String etag, Snapshot load) {}

    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRY = 2 * 1024 * 1024;

    private final Cache<String, Entry> cache = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String k, Entry e) -> e.body().length + 2 * k.length() + 128)
            .build();

    @Inject
    ServedDataset served;

    @Inject
    RequestSnapshot snapshot;

    @Inject
    UriInfo uri;

    @Inject
    Request request;

    @Inject
    CurrentVertxRequest vertx;

    @ConfigProperty(name = "landscape.response-cache.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    MeterRegistry metrics;

    private Counter hits;

    void counters(@Observes StartupEvent event) {
        hits = Counter.builder("landscape.response.cache.hits")
                .description("API responses served from the response cache")
                .register(metrics);
        metrics.gaugeMapSize("landscape.response.cache.entries", List.of(), cache.asMap());
    }

    /** Forgets every response once a load is committed. */
    void clear(@Observes(during = TransactionPhase.AFTER_SUCCESS) DatasetLoaded load) {
        cache.invalidateAll();
    }

    static String key(String uri, String accept) {
        return uri + "|" + (accept == null ? "" : accept);
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(-150).handler(this::serve);
        }
    }

    /** Serves a kept response of the load served now, on the event loop, without blocking; else passes it on. */
    void serve(RoutingContext rc) {
        HttpServerRequest http = rc.request();
        Snapshot current = served.lastSeen();
        Entry entry = current == null
                        || !(http.method() == HttpMethod.GET || http.method() == HttpMethod.HEAD)
                        || !http.path().startsWith("/api/")
                        || http.getHeader(HttpHeaders.IF_NONE_MATCH) != null
                ? null
                : cache.getIfPresent(key(http.uri(), http.getHeader(HttpHeaders.ACCEPT)));
        if (entry == null || !entry.load().equals(current)) {
            rc.next();
            return;
        }
        hits.increment();
        var response = rc.response()
                .putHeader(HttpHeaders.ETAG, entry.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, HttpCaching.CACHE_CONTROL)
                .putHeader(HttpHeaders.VARY, HttpCaching.VARY)
                .putHeader(HttpCaching.DATASET_VERSION, current.version())
                .putHeader(HttpHeaders.CONTENT_TYPE, entry.contentType());
        if (http.method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(entry.body().length))
                    .end();
        } else {
            response.end(Buffer.buffer(entry.body()));
        }
    }

    /**
     * Keeps the body of a successful GET of the API (only those carry an ETag), tagged with the load it was read from.
     */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!enabled
                || !uri.getPath().startsWith("/api/")
                || !HttpMethod.GET.name().equals(request.getMethod())) {
            context.proceed();
            return;
        }
        Tee tee = new Tee(context.getOutputStream());
        context.setOutputStream(tee);
        context.proceed();
        Object etag = context.getHeaders().getFirst(HttpHeaders.ETAG);
        Object type = context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        Snapshot load = snapshot.get();
        if (tee.copy != null && etag != null && type != null && load != null) {
            // keyed as serve() looks it up: the request as it came, before any filter rewrote a header
            HttpServerRequest http = vertx.getCurrent().request();
            cache.put(
                    key(http.uri(), http.getHeader(HttpHeaders.ACCEPT)),
                    new Entry(tee.copy.toByteArray(), type.toString(), etag.toString(), load));
        }
    }

    /** Writes through, keeping a copy up to {@link #MAX_ENTRY} bytes (none beyond). */
    private static final class Tee extends FilterOutputStream {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();

        Tee(OutputStream out) {
            super(out);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        private void keep(byte[] b, int off, int len) {
            if (copy != null) {
                if (copy.size() + len > MAX_ENTRY) {
                    copy = null;
                } else {
                    copy.write(b, off, len);
                }
            }
        }
    }
}
