package ai.landscape.api;

import ai.landscape.common.Ids;
import ai.landscape.common.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one body of every list and detail operation; resources declare the operation (path, OpenAPI annotations) and
 * call here. A list answers in the representation the request asks for: a JSON page, read in one transaction whose
 * first statement reads the snapshot, or every match as CSV or NDJSON, streamed from the read transaction begun here
 * ({@link StreamedBodies}). A detail answers the record or a 404.
 */
@ApplicationScoped
public class Lists {

    @Inject
    ListEngine engine;

    @Inject
    Snapshots snapshots;

    @Inject
    StreamedBodies bodies;

    @Inject
    EntityManager em;

    @Inject
    CsvRows csv;

    @Inject
    ObjectMapper json;

    @Inject
    UriInfo uri;

    @Inject
    Request request;

    /** The list of a collection. */
    public <E, D> RestResponse<Page<D>> list(CollectionDeclaration<E, D> collection) {
        return list(ListOperation.of(collection), null);
    }

    /** A list operation without a path parameter. */
    public <E, D> RestResponse<Page<D>> list(ListOperation operation) {
        return list(operation, null);
    }

    /**
     * A list operation. For a nested list, {@code parentId} is its path's id: the parent must exist (else 404), and it
     * sets the operation's path filter.
     */
    public <E, D> RestResponse<Page<D>> list(ListOperation operation, String parentId) {
        @SuppressWarnings("unchecked")
        ListSpec<E, D> spec = (ListSpec<E, D>) operation.spec();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Map<String, String> fixed = parentId == null ? Map.of() : Map.of(operation.pathFilter(), parentId);
        if (parentId != null && !Ids.isId(parentId)) {
            throw notFound(operation.parent(), parentId);
        }
        Representation representation = Representation.negotiate(query.getFirst("format"), request);
        boolean paged = representation == Representation.JSON;
        ListQuery q = ListQueryParser.parse(spec, query, fixed, paged);
        Page<D> page;
        if (paged) {
            page = QuarkusTransaction.requiringNew().call(() -> {
                Snapshot snapshot = snapshots.read();
                requireParent(operation, parentId);
                return engine.page(spec, q, snapshot, spec.mapper(query));
            });
        } else if (request.getMethod().equals(HttpMethod.HEAD)) {
            page = null; // the headers only: the ETag of the snapshot read now
            QuarkusTransaction.requiringNew().run(() -> {
                snapshots.read();
                requireParent(operation, parentId);
            });
        } else {
            page = Page.whole(bodies.hold(snapshot -> {
                requireParent(operation, parentId);
                return new WholeList<>(engine, csv, json, engine.select(spec, q), spec.mapper(query), representation);
            }));
        }
        return RestResponse.ResponseBuilder.ok(page, representation.contentType())
                .build();
    }

    private void requireParent(ListOperation operation, String parentId) {
        if (parentId != null && em.find(operation.parent().entity(), parentId) == null) {
            throw notFound(operation.parent(), parentId);
        }
    }

    /** One record of a collection by its id, or a 404 problem. */
    public <E, D> D detail(CollectionDeclaration<E, D> collection, String id) {
        if (!Ids.isId(id)) {
            throw notFound(collection, id);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            snapshots.read();
            E record = em.find(collection.list().entity(), id);
            if (record == null) {
                throw notFound(collection, id);
            }
            return collection.list().mapper(uri.getQueryParameters()).apply(record);
        });
    }

    private static ProblemException notFound(CollectionDeclaration<?, ?> collection, String id) {
        return ProblemException.notFound(collection.noun(), id);
    }
}
