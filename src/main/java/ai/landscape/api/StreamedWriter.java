package ai.landscape.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a streamed body (the export; CSV and NDJSON lists through {@link PageWriter}) from the read transaction it
 * was made in (see {@link StreamedBodies}), so that it holds the data of the snapshot its ETag names.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
public class StreamedWriter implements MessageBodyWriter<StreamedBodies.Held> {

    @Inject
    StreamedBodies bodies;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == StreamedBodies.Held.class;
    }

    @Override
    public void writeTo(
            StreamedBodies.Held body,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out) {
        bodies.write(body, out);
    }
}
