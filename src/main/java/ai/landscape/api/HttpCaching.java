package ai.landscape.api;

import ai.landscape.meta.DatasetVersions;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching of the API. A response is a function of the build, the dataset as loaded, the
 * request (path and query) and its representation, so its strong ETag is a hash of those: known
 * before any query runs. {@code If-None-Match} with it answers 304 at once; every 200 to a GET
 * carries it with {@code Cache-Control: public, max-age=60}; every response {@code Vary: Accept}.
 */
public class HttpCaching {

    public static final String CACHE_CONTROL = "public, max-age=60";
    private static final String BUILD = buildId();

    @Inject
    DatasetVersions versions;

    /** Answers 304 when the client holds the current representation. Runs before any other filter. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response notModified(ContainerRequestContext request, ResourceInfo resource) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null || !cacheable(request)) {
            return null;
        }
        Representation representation = ListRepresentations.negotiate(request, resource);
        String etag = etag(request, representation == null ? Representation.JSON : representation);
        if (etag == null || !matches(ifNoneMatch, etag)) {
            return null;
        }
        return Response.notModified(etag.substring(1, etag.length() - 1))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (response.getStatus() != 200
                || !cacheable(request)
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        Representation representation = representationOf(response.getMediaType());
        String etag = representation == null ? null : etag(request, representation);
        if (etag != null) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
    }

    private static boolean cacheable(ContainerRequestContext request) {
        String method = request.getMethod();
        return (method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD))
                && request.getUriInfo().getPath().startsWith("/api/");
    }

    private static Representation representationOf(MediaType type) {
        if (type == null) {
            return null;
        }
        for (Representation r : Representation.values()) {
            if (r.mediaType().isCompatible(type)) {
                return r;
            }
        }
        return null;
    }

    /** The strong ETag of a GET's representation, or null when no dataset is loaded. */
    String etag(ContainerRequestContext request, Representation representation) {
        String served = versions.servedKey();
        if (served == null) {
            return null;
        }
        Map<String, List<String>> query = new TreeMap<>(request.getUriInfo().getQueryParameters());
        query.remove("format"); // the representation it chooses is part of the key already
        String key = BUILD + "|" + served + "|" + representation + "|"
                + request.getUriInfo().getPath() + "|" + query;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an If-None-Match header names the ETag (weak comparison, as RFC 9110 asks for it). */
    public static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String buildId() {
        try (InputStream in = HttpCaching.class.getClassLoader().getResourceAsStream("build.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("build.id", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
