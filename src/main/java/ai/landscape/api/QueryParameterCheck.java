package ai.landscape.api;

import ai.landscape.common.Problem;
import ai.landscape.common.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters an operation does not take, with a 400 problem. List operations (those of the {@link
 * Catalog}) are checked by the {@link ListQueryParser}; the others take the parameters their method declares. What a method takes is read once per method, not per request.
 */
public class QueryParameterCheck {

    private final Map<Method, Optional<Set<String>>> declared = new ConcurrentHashMap<>();

    @Inject
    Catalog catalog;

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Optional<Set<String>> allowed = declared.computeIfAbsent(method, this::declaredBy);
        if (allowed.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!allowed.get().contains(name)) {
                errors.add(new Problem.FieldError(
                        name,
                        null,
                        allowed.get().isEmpty()
                                ? "unknown parameter; this operation takes no query parameters"
                                : "unknown parameter; this operation takes " + String.join(", ", allowed.get())));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** The query parameters a method declares; empty for a list operation, which the engine checks. */
    private Optional<Set<String>> declaredBy(Method method) {
        if (catalog.listOf(method).isPresent()) {
            return Optional.empty();
        }
        Set<String> names = new TreeSet<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            RestQuery r = p.getAnnotation(RestQuery.class);
            if (q != null) {
                names.add(q.value());
            } else if (r != null) {
                names.add(r.value().isEmpty() ? p.getName() : r.value());
            }
        }
        return Optional.of(names);
    }
}
