package ai.landscape.api;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * CORS for browsers: the API is public and read-only, so any origin may read it, without
 * credentials: {@code Access-Control-Allow-Origin: *} (the same for every origin, so caches need
 * no Vary: Origin), the headers a client reads exposed, and preflights answered here at once.
 */
@ApplicationScoped
public class Cors {

    static final String METHODS = "GET, HEAD, OPTIONS";
    static final String EXPOSED = "ETag, Link, Deprecation, Sunset, Retry-After";
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match, If-Modified-Since, Cache-Control, Content-Type";

    void install(@Observes Router router) {
        router.route().order(-100).handler(rc -> {
            String origin = rc.request().getHeader("Origin");
            if (origin == null) {
                rc.next();
                return;
            }
            HttpServerResponse response = rc.response();
            response.putHeader("Access-Control-Allow-Origin", "*");
            if (rc.request().method() == HttpMethod.OPTIONS && rc.request().getHeader("Access-Control-Request-Method") != null) {
                String requested = rc.request().getHeader("Access-Control-Request-Headers");
                response.putHeader("Access-Control-Allow-Methods", METHODS)
                        .putHeader("Access-Control-Allow-Headers", requested == null ? ALLOWED_HEADERS : requested)
                        .putHeader("Access-Control-Max-Age", "86400")
                        .setStatusCode(204)
                        .end();
                return;
            }
            response.putHeader("Access-Control-Expose-Headers", EXPOSED);
            rc.next();
        });
    }
}
