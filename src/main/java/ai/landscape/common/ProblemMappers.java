package ai.landscape.common;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one error path: every exception becomes an application/problem+json response. Framework
 * errors (unknown path, wrong method, unacceptable media type) keep their status; a database
 * that does not answer is a 503; anything else a 500 whose detail names only a log reference.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.getResponse();
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Problem problem = switch (status) {
            case 404 ->
                Problem.of(
                        404,
                        "NOT_FOUND",
                        "Not found",
                        "no resource at this path; see /q/openapi for the paths of the API");
            case 405 -> AllowedMethods.refusal();
            case 406 ->
                Problem.of(
                        406,
                        "NOT_ACCEPTABLE",
                        "Not acceptable",
                        "this resource is available as application/json; ask for it in Accept");
            case 415 ->
                Problem.of(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type", "this API takes no request body");
            default ->
                status >= 500
                        ? Problem.of(status, "INTERNAL_ERROR", "Internal error", "the request could not be served")
                        : Problem.of(
                                status, "BAD_REQUEST", "Bad request", "the request is not valid for this resource");
        };
        Response.ResponseBuilder response =
                Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (status == 405) {
            response.header(HttpHeaders.ALLOW, AllowedMethods.ALLOW);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (isConnectionFailure(e)) {
            LOG.warn("database unavailable: " + e);
            return ProblemException.databaseUnavailable().getResponse();
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("request failed, reference " + reference, e);
        return Response.status(500)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(
                        500,
                        "INTERNAL_ERROR",
                        "Internal error",
                        "the request could not be served; reference " + reference))
                .build();
    }

    /**
     * Whether a failure comes from a database connection that could not be had or was lost, from a statement the
     * server cancelled at its statement timeout (SQLSTATE 57014), or from a server shutting down or starting (57P01-57P05:
     * a standby stopped, a failover).
     */
    static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08")
                            || sql.getSQLState().equals("57014")
                            || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
