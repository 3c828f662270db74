package ai.landscape.api;

import ai.landscape.common.Problem;
import ai.landscape.common.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import java.util.Arrays;
import java.util.List;

/**
 * The representations of a list: JSON pages, or every match as CSV or NDJSON. Chosen by the {@code format} query
 * parameter, else by content negotiation on the Accept header (JAX-RS's), else JSON.
 */
public enum Representation {
    JSON("json", MediaType.APPLICATION_JSON_TYPE, "application/json;charset=UTF-8"),
    CSV("csv", new MediaType("text", "csv"), "text/csv; charset=utf-8; header=present"),
    NDJSON("ndjson", new MediaType("application", "x-ndjson"), "application/x-ndjson");

    public static final String CSV_TYPE = "text/csv";
    public static final String NDJSON_TYPE = "application/x-ndjson";

    private static final List<Variant> VARIANTS = Arrays.stream(values())
            .map(r -> new Variant(r.mediaType, (String) null, null))
            .toList();

    private final String format;
    private final MediaType mediaType;
    private final String contentType;

    Representation(String format, MediaType mediaType, String contentType) {
        this.format = format;
        this.mediaType = mediaType;
        this.contentType = contentType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The Content-Type header value of this representation. */
    public String contentType() {
        return contentType;
    }

    /**
     * The representation a list request asks for: {@code format} if given (a bad value is a 400), else the Accept
     * type it can serve, by JAX-RS's negotiation (none is a 406).
     */
    public static Representation negotiate(String format, Request request) {
        if (format != null) {
            return Arrays.stream(values())
                    .filter(r -> r.format.equals(format))
                    .findFirst()
                    .orElseThrow(() ->
                            ProblemException.invalid("format", "'" + format + "' is not one of json, csv, ndjson"));
        }
        Variant chosen = request.selectVariant(VARIANTS);
        if (chosen == null) {
            throw new ProblemException(Problem.of(
                    406,
                    "NOT_ACCEPTABLE",
                    "Not acceptable",
                    "lists are available as application/json, text/csv and application/x-ndjson; ask for one in "
                            + "Accept or with format="));
        }
        return of(chosen.getMediaType());
    }

    /** The representation a value of {@code format=} names, or null. */
    public static Representation ofFormat(String format) {
        return Arrays.stream(values())
                .filter(r -> r.format.equals(format))
                .findFirst()
                .orElse(null);
    }

    /** The representation of a media type, or null. */
    public static Representation of(MediaType type) {
        if (type == null) {
            return null;
        }
        return Arrays.stream(values())
                .filter(r -> r.mediaType.isCompatible(type))
                .findFirst()
                .orElse(null);
    }
}
