package ai.landscape.common;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** Ends a request with a problem+json response. */
public class ProblemException extends WebApplicationException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(
                problem.detail(),
                Response.status(problem.status())
                        .type(Problem.MEDIA_TYPE)
                        .entity(problem)
                        .build());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String collection, String id) {
        return new ProblemException(
                Problem.of(404, "NOT_FOUND", "Not found", "no " + collection + " has the id '" + id + "'"));
    }

    public static ProblemException noDataset() {
        return new ProblemException(Problem.of(
                503, "DATASET_UNAVAILABLE", "Dataset unavailable", "no dataset is loaded yet; try again later"));
    }
}
