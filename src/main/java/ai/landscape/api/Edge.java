package ai.landscape.api;

import ai.landscape.common.AllowedMethods;
import ai.landscape.common.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * What a public, read-only API refuses at its edge, before any resource, as problem+json: the part
 * of the edge that configuration cannot express (CORS and the security headers are configured in
 * application.properties).
 *
 * <ul>
 *   <li>Methods other than GET, HEAD and OPTIONS: 405 on every path (nothing here writes).
 *   <li>A request line longer than {@value #MAX_URI} characters: 414; headers over {@value
 *       #MAX_HEADERS} bytes in all: 431 (the HTTP server's own, higher limits stay as a
 *       backstop).
 * </ul>
 *
 * The route comes after the configured headers (which run first of all) and after the CORS filter
 * (route order -300), so that a refusal carries the security headers and can be read by a browser
 * on another origin.
 */
@ApplicationScoped
public class Edge {

    public static final int MAX_URI = 4096;
    public static final int MAX_HEADERS = 8192;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(-200).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!AllowedMethods.allows(request.method().name())) {
            rc.response().putHeader("Allow", AllowedMethods.ALLOW);
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
        rc.next();
    }

    private static int headerBytes(HttpServerRequest request) {
        int n = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            n += h.getKey().length() + h.getValue().length() + 4;
        }
        return n;
    }

    /** Ends the request with {@code problem} as problem+json (the headers already set are kept). */
    void refuse(RoutingContext rc, Problem problem) {
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
