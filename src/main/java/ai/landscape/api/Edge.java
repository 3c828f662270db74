package ai.landscape.api;

import ai.landscape.common.AllowedMethods;
import ai.landscape.common.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The first handler of every request, before any resource: what a public, read-only API refuses
 * at its edge, and the headers every response carries.
 *
 * <ul>
 *   <li>Methods other than GET, HEAD and OPTIONS: 405 on every path (nothing here writes).
 *   <li>A request line longer than {@value #MAX_URI} characters: 414; headers over {@value
 *       #MAX_HEADERS} bytes in all: 431. Both as problem+json (the HTTP server's own, higher
 *       limits stay as a backstop).
 *   <li>CORS: any origin may read, without credentials ({@code Access-Control-Allow-Origin: *},
 *       the same for every origin, so caches need no Vary: Origin); preflights answered here.
 *   <li>Security headers: {@code X-Content-Type-Options: nosniff} everywhere, a restrictive
 *       Content-Security-Policy and no framing on the API's own responses.
 * </ul>
 */
@ApplicationScoped
public class Edge {

    public static final int MAX_URI = 4096;
    public static final int MAX_HEADERS = 8192;
    static final String EXPOSED = "ETag, Link, Deprecation, Sunset, Retry-After";
    static final String ALLOWED_HEADERS =
            "Accept, Accept-Language, If-None-Match, If-Modified-Since, Cache-Control, Content-Type";
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(-200).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response();
        response.putHeader("X-Content-Type-Options", "nosniff");
        if (request.path() != null && request.path().startsWith("/api/")) {
            response.putHeader("Content-Security-Policy", API_CSP);
            response.putHeader("X-Frame-Options", "DENY");
            response.putHeader("Referrer-Policy", "no-referrer");
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            response.putHeader("Access-Control-Allow-Origin", "*");
            response.putHeader("Access-Control-Expose-Headers", EXPOSED);
        }
        if (!AllowedMethods.allows(request.method().name())) {
            response.putHeader("Allow", AllowedMethods.ALLOW);
            refuse(rc, AllowedMethods.refusal());
            return;
        }
        if (request.uri().length() > MAX_URI) {
            refuse(
                    rc,
                    Problem.of(
                            414,
                            "URI_TOO_LONG",
                            "URI too long",
                            "the request line is longer than " + MAX_URI + " characters"));
            return;
        }
        if (headerBytes(request) > MAX_HEADERS) {
            refuse(
                    rc,
                    Problem.of(
                            431,
                            "HEADERS_TOO_LARGE",
                            "Request header fields too large",
                            "the headers hold more than " + MAX_HEADERS + " bytes"));
            return;
        }
        if (origin != null
                && request.method() == HttpMethod.OPTIONS
                && request.getHeader("Access-Control-Request-Method") != null) {
            String requested = request.getHeader("Access-Control-Request-Headers");
            response.putHeader("Access-Control-Allow-Methods", AllowedMethods.ALLOW)
                    .putHeader("Access-Control-Allow-Headers", requested == null ? ALLOWED_HEADERS : requested)
                    .putHeader("Access-Control-Max-Age", "86400")
                    .setStatusCode(204)
                    .end();
            return;
        }
        rc.next();
    }

    private static int headerBytes(HttpServerRequest request) {
        int n = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            n += h.getKey().length() + h.getValue().length() + 4;
        }
        return n;
    }

    private void refuse(RoutingContext rc, Problem problem) {
        try {
            rc.response()
                    .setStatusCode(problem.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
