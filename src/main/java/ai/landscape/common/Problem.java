package ai.landscape.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, plus a stable
 * {@code code} and the {@code errors} that name the parameter or field at fault.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** What is wrong with one parameter (query, path, header) or one field of a body (pointer). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String parameter, String pointer, String detail) {}

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(type(code), title, status, detail, code, List.of());
    }

    /** The type URI of a code: a reference relative to the API's origin, {@code /problems/not-found}. */
    public static String type(String code) {
        return "/problems/" + code.toLowerCase().replace('_', '-');
    }
}
