package ai.landscape.api;

import ai.landscape.application.ApplicationResource;
import ai.landscape.model.ModelResource;
import ai.landscape.organization.OrganizationResource;
import ai.landscape.search.SearchResource;
import ai.landscape.sota.SotaModelResource;
import ai.landscape.source.SourceResource;
import ai.landscape.takeaway.TakeawayResource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The list operations of the API by operationId, with the spec whose query parameters each takes:
 * the OpenAPI document and the unknown-parameter check both read them from here.
 */
public final class Lists {

    private Lists() {}

    public static final Map<String, ListSpec<?, ?>> BY_OPERATION = byOperation();

    private static Map<String, ListSpec<?, ?>> byOperation() {
        Map<String, ListSpec<?, ?>> m = new LinkedHashMap<>();
        m.put("listOrganizations", OrganizationResource.LIST);
        m.put("listOrganizationModels", ModelResource.LIST.without("organization"));
        m.put("listModels", ModelResource.LIST);
        m.put("listApplications", ApplicationResource.LIST);
        m.put("listSotaModels", SotaModelResource.LIST);
        m.put("listTakeaways", TakeawayResource.LIST);
        m.put("listSources", SourceResource.LIST);
        m.put("search", SearchResource.LIST);
        return java.util.Collections.unmodifiableMap(m);
    }
}
