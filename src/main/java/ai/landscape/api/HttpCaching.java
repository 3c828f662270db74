package ai.landscape.api;

import ai.landscape.common.Build;
import ai.landscape.common.Hashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching of the API. A response is a function of the build, the dataset load it was read from, the request
 * (path and query) and its representation, so its strong ETag is a hash of those, taken from the snapshot its body was
 * read from. Every 200 to a GET carries it with {@code Cache-Control: public, max-age=60}; every response {@code Vary:
 * Accept, Accept-Encoding} (the service compresses with br or gzip when asked). {@code If-None-Match} is answered with 304 before any query when it names the representation of the load
 * this instance serves now (JAX-RS's precondition evaluation). Every response read from a dataset load says which in
 * {@code Dataset-Version}, so that a client behind a load balancer can tell which dataset each answer came from.
 */
@ApplicationScoped
public class HttpCaching {

    public static final String CACHE_CONTROL = "public, max-age=60";
    /** An ETag: 27 characters of base64url, quoted (see {@link #tag(Snapshot, Representation)}). */
    static final String ETAG_PATTERN = "^\"[A-Za-z0-9_-]{27}\"$";

    static final int ETAG_LENGTH = 29;

    /** The request headers a response depends on: its representation, and its content coding (br, gzip). */
    public static final String VARY = HttpHeaders.ACCEPT + ", Accept-Encoding";

    /** The version of the dataset a response was read from (the datasetVersion of /api/v1/meta). */
    public static final String DATASET_VERSION = "Dataset-Version";

    /** What a dataset version looks like: the seed-data's content hash (16 hex digits), or a benchmark's own name. */
    public static final String DATASET_VERSION_PATTERN = "^[0-9a-z-]{1,64}$";

    @Inject
    ServedDataset served;

    @Inject
    RequestSnapshot snapshot;

    @Inject
    Catalog catalog;

    @Inject
    UriInfo uri;

    /** Answers 304 when the client holds the current representation. Runs before any other filter. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response notModified(ContainerRequestContext request, ResourceInfo resource) {
        if (!cacheable(request) || request.getHeaderString(HttpHeaders.IF_NONE_MATCH) == null) {
            return null;
        }
        // while the database does not answer, the last load seen is still the one served, from the cache and here
        Snapshot current = served.answering() ? served.current() : served.lastSeen();
        if (current == null) {
            return null; // the request's own read refuses it
        }
        boolean list = resource.getResourceMethod() != null
                && catalog.listOf(resource.getResourceMethod()).isPresent();
        Representation representation = list
                ? Representation.negotiate(
                        request.getUriInfo().getQueryParameters().getFirst("format"), request.getRequest())
                : Representation.JSON;
        // If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" names the representation tagged "x" too, which the
        // platform's precondition check, comparing strongly, sees only when asked with the weak form as well
        String value = tag(current, representation);
        Response.ResponseBuilder notModified = request.getRequest().evaluatePreconditions(new EntityTag(value));
        if (notModified == null) {
            notModified = request.getRequest().evaluatePreconditions(new EntityTag(value, true));
        }
        return notModified == null
                ? null
                : notModified
                        .tag(new EntityTag(value))
                        .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                        .header(HttpHeaders.VARY, VARY)
                        .header(DATASET_VERSION, current.version())
                        .build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        Snapshot read = snapshot.get();
        if (read != null) {
            response.getHeaders().putSingle(DATASET_VERSION, read.version());
        }
        Representation representation = Representation.of(response.getMediaType());
        if (response.getStatus() == 200 && cacheable(request) && read != null && representation != null) {
            tag(response.getHeaders(), read, representation);
        }
    }

    /** Sets the ETag and Cache-Control of this request's representation, read from {@code read}. */
    public void tag(MultivaluedMap<String, Object> headers, Snapshot read, Representation representation) {
        headers.putSingle(HttpHeaders.ETAG, "\"" + tag(read, representation) + "\"");
        headers.putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }

    /** The strong ETag value (unquoted) of this request's representation of a load. */
    private String tag(Snapshot load, Representation representation) {
        Map<String, List<String>> query = new TreeMap<>(uri.getQueryParameters());
        query.remove("format"); // the representation it chooses is part of the tag already
        return Hashing.base64Url(27, Build.ID, load.key(), representation.name(), uri.getPath(), query.toString());
    }

    private static boolean cacheable(ContainerRequestContext request) {
        String method = request.getMethod();
        return (method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD))
                && request.getUriInfo().getPath().startsWith("/api/");
    }
}
