package ai.landscape.api;

import ai.landscape.meta.DatasetVersions;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Encoded responses, computed once per dataset load. The dataset changes only on reload, so a
 * successful GET of the API is a function of the loaded dataset, the request URI and its Accept
 * header: its bytes (with content type and ETag) are kept under that key, bounded in memory, and
 * served straight from the HTTP layer on the next identical request, before any routing or query.
 * A load makes new keys and empties the cache. {@code landscape.response-cache.enabled=false} turns
 * it off, so that every request takes the database path (the scale benchmark measures that path).
 */
@ApplicationScoped
@Provider
public class ResponseCache implements WriterInterceptor {

    /** What is kept: the bytes as sent, with the headers that depend on them. */
    record Entry(byte[] body, String contentType, String etag) {}

    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRY = 2 * 1024 * 1024;
    private static final String KEY = "landscape.response-cache.key";
    private static final String START = "landscape.response-cache.start";

    private final Cache<String, Entry> cache = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String k, Entry e) -> e.body().length + 2 * k.length() + 128)
            .build();

    @Inject
    DatasetVersions versions;

    @ConfigProperty(name = "landscape.response-cache.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    MeterRegistry metrics;

    private Counter hits;

    void counters(@Observes io.quarkus.runtime.StartupEvent event) {
        hits = Counter.builder("landscape.response.cache.hits")
                .description("API responses served from the response cache")
                .register(metrics);
        metrics.gaugeMapSize("landscape.response.cache.entries", java.util.List.of(), cache.asMap());
    }

    /** Forgets every response, after a load. */
    public void clear() {
        cache.invalidateAll();
    }

    static String key(String served, String uri, String accept) {
        return served + "|" + uri + "|" + (accept == null ? "" : accept);
    }

    void install(@Observes Router router) {
        if (!enabled) {
            return;
        }
        router.route().order(-150).handler(this::serve);
    }

    /** Serves a kept response, on the event loop, without blocking; otherwise passes the request on. */
    void serve(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String served = versions.peekServedKey();
        if (served == null
                || !(request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD)
                || !request.path().startsWith("/api/")) {
            rc.next();
            return;
        }
        Entry entry = cache.getIfPresent(key(served, request.uri(), request.getHeader(HttpHeaders.ACCEPT)));
        if (entry == null) {
            rc.next();
            return;
        }
        if (hits != null) {
            hits.increment();
        }
        var response = rc.response()
                .putHeader(HttpHeaders.ETAG, entry.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, HttpCaching.CACHE_CONTROL)
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && HttpCaching.matches(ifNoneMatch, entry.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, entry.contentType());
        if (request.method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(entry.body().length))
                    .end();
        } else {
            response.end(Buffer.buffer(entry.body()));
        }
    }

    /** Notes which dataset load was served when the request came in. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 10)
    public void start(ContainerRequestContext request) {
        String served = versions.peekServedKey();
        if (served != null) {
            request.setProperty(START, served);
        }
    }

    /**
     * Marks a successful GET of the API, with its ETag, to be kept when its body is written; only
     * when the same dataset load was served from the request's start to its end, so that a body
     * read during a reload is never kept under the other load's key.
     */
    @ServerResponseFilter(priority = 100)
    public void mark(ContainerRequestContext request, ContainerResponseContext response) {
        String served = versions.peekServedKey();
        if (!enabled
                || response.getStatus() != 200
                || served == null
                || !served.equals(request.getProperty(START))
                || !request.getMethod().equals("GET")
                || !request.getUriInfo().getPath().startsWith("/api/")
                || response.getHeaderString(HttpHeaders.ETAG) == null) {
            return;
        }
        URI uri = request.getUriInfo().getRequestUri();
        String raw = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        request.setProperty(KEY, key(served, raw, request.getHeaderString(HttpHeaders.ACCEPT)));
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object key = context.getProperty(KEY);
        if (key == null) {
            context.proceed();
            return;
        }
        Tee tee = new Tee(context.getOutputStream());
        context.setOutputStream(tee);
        context.proceed();
        if (tee.copy != null) {
            Object etag = context.getHeaders().getFirst(HttpHeaders.ETAG);
            Object type = context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
            if (etag != null && type != null) {
                cache.put((String) key, new Entry(tee.copy.toByteArray(), type.toString(), etag.toString()));
            }
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
