package ai.landscape.common;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/** Ends a request with a problem+json response. */
public class ProblemException extends WebApplicationException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        this(problem, Response.status(problem.status()));
    }

    private ProblemException(Problem problem, Response.ResponseBuilder response) {
        super(
                problem.detail(),
                response.type(Problem.MEDIA_TYPE).entity(problem).build());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String collection, String id) {
        return new ProblemException(
                Problem.of(404, "NOT_FOUND", "Not found", "no " + collection + " has the id '" + id + "'"));
    }

    /** A 400 problem naming every query parameter at fault. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).parameter() + ": " + errors.get(0).detail()
                : errors.size() + " query parameters are invalid: "
                        + errors.stream()
                                .map(e -> e.parameter() + ": " + e.detail())
                                .collect(Collectors.joining("; "));
        return new ProblemException(new Problem(
                Problem.type("INVALID_PARAMETER"),
                "Invalid query parameter",
                400,
                detail,
                "INVALID_PARAMETER",
                List.copyOf(errors)));
    }

    /** A 400 problem for one query parameter. */
    public static ProblemException invalid(String parameter, String detail) {
        return invalid(List.of(new Problem.FieldError(parameter, null, detail)));
    }

    /**
     * A 503: the database does not answer (down, unreachable, hung, or too slow for the statement timeout). Clients
     * retry after the few seconds a failover or restart takes.
     */
    public static ProblemException databaseUnavailable() {
        return new ProblemException(
                Problem.of(
                        503,
                        "DATABASE_UNAVAILABLE",
                        "Service unavailable",
                        "the database does not answer; try again shortly"),
                Response.status(503).header(HttpHeaders.RETRY_AFTER, "5"));
    }

    public static ProblemException noDataset() {
        return new ProblemException(Problem.of(
                503, "DATASET_UNAVAILABLE", "Dataset unavailable", "no dataset is loaded yet; try again later"));
    }
}
