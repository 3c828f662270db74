package ai.landscape.common;

import java.util.List;

/**
 * The methods every path answers. Nothing in this service writes, so GET, HEAD and OPTIONS, and a
 * 405 problem for any other: the edge refuses other methods before routing, and the exception
 * mappers give the same answer when the framework refuses one.
 */
public final class AllowedMethods {

    public static final List<String> NAMES = List.of("GET", "HEAD", "OPTIONS");

    /** The value of the {@code Allow} header of a 405, and its detail. */
    public static final String ALLOW = String.join(", ", NAMES);

    private AllowedMethods() {}

    public static boolean allows(String method) {
        return NAMES.contains(method);
    }

    /** The problem of a 405; it goes with {@code Allow:} {@link #ALLOW}. */
    public static Problem refusal() {
        return Problem.of(405, "METHOD_NOT_ALLOWED", "Method not allowed", "this path answers " + ALLOW);
    }
}
