package ai.landscape.api;

import ai.landscape.application.ApplicationResource;
import ai.landscape.model.ModelResource;
import ai.landscape.organization.OrganizationResource;
import ai.landscape.search.SearchResource;
import ai.landscape.sota.SotaModelResource;
import ai.landscape.source.SourceResource;
import ai.landscape.takeaway.TakeawayResource;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The list operations of the API by operationId: the spec whose query parameters each takes and,
 * for a nested list, the filter its path parameter sets. The OpenAPI document, the
 * unknown-parameter check and the CSV/NDJSON representations all read them from here.
 */
public final class Lists {

    /**
     * A list operation.
     *
     * @param spec the spec of the list
     * @param pathFilter the filter set by the path parameter {@code id}, or null
     * @param parentTable the table that must hold that id (else 404), or null
     * @param parentName what the parent is called in a 404 message
     */
    public record Operation(ListSpec<?, ?> spec, String pathFilter, String parentTable, String parentName) {

        /** The spec as callers see it: without the filter the path sets. */
        public ListSpec<?, ?> publicSpec() {
            return pathFilter == null ? spec : spec.without(pathFilter);
        }
    }

    public static final Map<String, Operation> BY_OPERATION = byOperation();

    private static final Map<Method, Optional<Operation>> BY_METHOD = new ConcurrentHashMap<>();

    /**
     * The list operation a resource method serves, or empty for other methods; read from its
     * {@code @Operation} once per method, not per request.
     */
    public static Optional<Operation> of(Method method) {
        return BY_METHOD.computeIfAbsent(method, m -> {
            org.eclipse.microprofile.openapi.annotations.Operation op =
                    m.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
            return op == null ? Optional.empty() : Optional.ofNullable(BY_OPERATION.get(op.operationId()));
        });
    }

    private Lists() {}

    private static Map<String, Operation> byOperation() {
        Map<String, Operation> m = new LinkedHashMap<>();
        m.put("listOrganizations", new Operation(OrganizationResource.LIST, null, null, null));
        m.put(
                "listOrganizationModels",
                new Operation(ModelResource.LIST, "organization", "organization", "organization"));
        m.put("listModels", new Operation(ModelResource.LIST, null, null, null));
        m.put("listApplications", new Operation(ApplicationResource.LIST, null, null, null));
        m.put("listSotaModels", new Operation(SotaModelResource.LIST, null, null, null));
        m.put("listTakeaways", new Operation(TakeawayResource.LIST, null, null, null));
        m.put("listSources", new Operation(SourceResource.LIST, null, null, null));
        m.put("search", new Operation(SearchResource.LIST, null, null, null));
        return Collections.unmodifiableMap(m);
    }
}
