package ai.landscape.api;

import ai.landscape.common.Problem;
import ai.landscape.common.ProblemException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The representations of a list: JSON pages, or every match as CSV or NDJSON. Chosen by the
 * {@code format} query parameter, else by the Accept header (first acceptable in its order of
 * preference), else JSON.
 */
public enum Representation {
    JSON("json", MediaType.APPLICATION_JSON_TYPE),
    CSV("csv", new MediaType("text", "csv")),
    NDJSON("ndjson", new MediaType("application", "x-ndjson"));

    public static final String CSV_TYPE = "text/csv";
    public static final String NDJSON_TYPE = "application/x-ndjson";

    private final String format;
    private final MediaType mediaType;

    Representation(String format, MediaType mediaType) {
        this.format = format;
        this.mediaType = mediaType;
    }

    public String format() {
        return format;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The Content-Type header value of this representation. */
    public String contentType() {
        return this == CSV
                ? "text/csv; charset=utf-8; header=present"
                : this == JSON ? "application/json;charset=UTF-8" : NDJSON_TYPE;
    }

    /**
     * The representation a request asks for: {@code format} if given (a bad value is a 400), else
     * the first Accept type it can serve (none is a 406).
     */
    public static Representation of(String format, List<MediaType> acceptable) {
        if (format != null) {
            for (Representation r : values()) {
                if (r.format.equals(format)) {
                    return r;
                }
            }
            throw ListEngine.invalid(List.of(
                    new Problem.FieldError("format", null, "'" + format + "' is not one of json, csv, ndjson")));
        }
        if (acceptable.isEmpty()) {
            return JSON;
        }
        for (MediaType accepted : acceptable) {
            for (Representation r : values()) {
                if (accepted.isCompatible(r.mediaType)) {
                    return r;
                }
            }
        }
        throw new ProblemException(
                Problem.of(
                        406,
                        "NOT_ACCEPTABLE",
                        "Not acceptable",
                        "lists are available as application/json, text/csv and application/x-ndjson; ask for one in Accept or with format="));
    }
}
