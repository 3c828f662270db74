package ai.landscape.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code format=} chooses a list's representation for clients that cannot set Accept (a link, pandas.read_csv): it
 * stands for the Accept header of its media type, set before JAX-RS negotiates, so that the negotiation, the writer
 * and the ETag all see the representation the parameter asks for. An unknown format is left to the list, which
 * refuses it with a 400 naming the parameter.
 */
public class FormatParameter {

    @ServerRequestFilter(preMatching = true)
    public void accept(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        Representation representation = Representation.ofFormat(format);
        if (representation != null && request.getUriInfo().getPath().startsWith("/api/")) {
            request.getHeaders()
                    .putSingle(HttpHeaders.ACCEPT, representation.mediaType().toString());
        }
    }
}
