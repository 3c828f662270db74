package ai.landscape.api;

import ai.landscape.common.Found;
import ai.landscape.common.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Serves a list as CSV or NDJSON when the request asks for it (format= or Accept): every match,
 * with the filters, q and sort of the JSON list, streamed from the database row by row. JSON
 * pages are left to the resource. The choice of representation lives here, once for every list.
 */
public class ListRepresentations {

    private static final CsvMapper CSV = new CsvMapper();

    @Inject
    ListEngine engine;

    @Inject
    ObjectMapper json;

    /** The representation a request of a list operation asks for, or null for other operations. */
    public static Representation negotiate(ContainerRequestContext request, ResourceInfo resource) {
        Lists.Operation list = operation(resource);
        if (list == null) {
            return null;
        }
        return Representation.of(
                request.getUriInfo().getQueryParameters().getFirst("format"), request.getAcceptableMediaTypes());
    }

    static Lists.Operation operation(ResourceInfo resource) {
        return resource.getResourceMethod() == null
                ? null
                : Lists.of(resource.getResourceMethod()).orElse(null);
    }

    @ServerRequestFilter
    public Response wholeList(ContainerRequestContext request, ResourceInfo resource) {
        Representation representation = negotiate(request, resource);
        if (representation == null || representation == Representation.JSON) {
            return null;
        }
        Lists.Operation list = operation(resource);
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        Map<String, String> fixed = Map.of();
        if (list.pathFilter() != null) {
            String id = request.getUriInfo().getPathParameters().getFirst("id");
            if (!Found.ID.matcher(id).matches() || !engine.exists(list.parentTable(), id)) {
                throw ProblemException.notFound(list.parentName(), id);
            }
            fixed = Map.of(list.pathFilter(), id);
        }
        ListEngine.Selection<?, ?> selection = engine.select(list.spec(), query, fixed);
        StreamingOutput body =
                representation == Representation.CSV ? out -> csv(selection, out) : out -> ndjson(selection, out);
        return Response.ok(request.getMethod().equals(HttpMethod.HEAD) ? null : body)
                .type(representation.contentType())
                .build();
    }

    private <E, D> void csv(ListEngine.Selection<E, D> selection, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String column : CsvRows.header(selection.spec().dto())) {
            schema.addColumn(column);
        }
        try (SequenceWriter writer =
                CSV.writerFor(String[].class).with(schema.build()).writeValues(out)) {
            engine.stream(selection, dto -> write(writer, CsvRows.row(dto)));
        }
    }

    private <E, D> void ndjson(ListEngine.Selection<E, D> selection, OutputStream out) throws IOException {
        engine.stream(selection, dto -> {
            try {
                json.writeValue(new NonClosing(out), dto);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An output stream that a JSON write leaves open for the next record. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void write(SequenceWriter writer, Object value) {
        try {
            writer.write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
