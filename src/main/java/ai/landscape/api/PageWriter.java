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
 * Writes a list operation's result as CSV or NDJSON: every match, streamed (JSON pages are Jackson's). Declared for
 * Object and narrowed in {@link #isWriteable}: Quarkus REST does not offer a writer declared for the generic {@code
 * Page} (with or without its type argument) to a Page entity.
 */
@Provider
@Produces({Representation.CSV_TYPE, Representation.NDJSON_TYPE})
public class PageWriter implements MessageBodyWriter<Object> {

    @Inject
    StreamedBodies bodies;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Page.class;
    }

    @Override
    public void writeTo(
            Object page,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out) {
        bodies.write(((Page<?>) page).whole(), out);
    }
}
