package ai.landscape.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code format=} chooses a list's representation for clients that cannot set Accept (a link, pandas.read_csv): on a
 * list operation it stands for the Accept header of its media type, so that JAX-RS's negotiation, the writer and the
 * ETag all see the representation the parameter asks for. An unknown format is left to the list, which refuses it
 * with a 400 naming the parameter; on other operations {@code format} is an unknown parameter.
 */
public class FormatParameter {

    @Inject
    Catalog catalog;

    @ServerRequestFilter(priority = 0)
    public void accept(ContainerRequestContext request, ResourceInfo resource) {
        Representation representation = Representation.ofFormat(
                request.getUriInfo().getQueryParameters().getFirst("format"));
        if (representation != null
                && resource.getResourceMethod() != null
                && catalog.listOf(resource.getResourceMethod()).isPresent()) {
            request.getHeaders()
                    .putSingle(HttpHeaders.ACCEPT, representation.mediaType().toString());
        }
    }
}
