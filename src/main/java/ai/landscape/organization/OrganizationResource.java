package ai.landscape.organization;

import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListEngine;
import ai.landscape.api.ListSpec;
import ai.landscape.api.Page;
import ai.landscape.api.Representation;
import ai.landscape.common.Found;
import ai.landscape.model.ModelDto;
import ai.landscape.model.ModelResource;
import ai.landscape.vocabulary.Capability;
import ai.landscape.vocabulary.OrganizationKind;
import ai.landscape.vocabulary.Region;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organizations", description = "Model players of the US and China tables")
public class OrganizationResource {

    public static final ListSpec<Organization, OrganizationDto> LIST = ListSpec.of(
                    "organizations", "organization", Organization.class, OrganizationDto.class, OrganizationDto::from)
            .filter(Filter.code("region", "region", Region.class, "Region of the organization"))
            .filter(Filter.codeIn(
                    "capability",
                    "capabilities",
                    Capability.class,
                    "Has a model in this capability column (its cell is not empty)"))
            .filter(Filter.code("kind", "kind", OrganizationKind.class, "Kind of organization"))
            .searchable()
            .sort("region", "region")
            .sort("kind", "kind")
            .facet(Facet.code("region", "region", Region.class))
            .facet(Facet.codeIn("capability", "capabilities", Capability.class))
            .facet(Facet.code("kind", "kind", OrganizationKind.class))
            .build();

    @Inject
    ListEngine engine;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listOrganizations",
            summary = "List organizations",
            description =
                    "The model players of the US (8) and China (15) tables, filtered by region, capability and kind, "
                            + "searched by name, English name or alias with q.")
    public Page<OrganizationDto> list(@Context UriInfo uri) {
        return engine.list(LIST, uri.getQueryParameters(), Map.of());
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getOrganization",
            summary = "Get an organization",
            description = "One organization by its id, e.g. openai or baai.")
    public OrganizationDto get(
            @Parameter(description = "Organization id", example = "baai") @PathParam("id") String id) {
        return Found.byId(id, i -> Organization.<Organization>findById(i), "organization", OrganizationDto::from);
    }

    @GET
    @Path("{id}/models")
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listOrganizationModels",
            summary = "List the models of an organization",
            description =
                    "The models named in the organization's capability cells; takes the filters of /models but organization.")
    public Page<ModelDto> models(
            @Parameter(description = "Organization id", example = "baidu") @PathParam("id") String id,
            @Context UriInfo uri) {
        Found.byId(id, i -> Organization.<Organization>findById(i), "organization", o -> o);
        return engine.list(ModelResource.LIST, uri.getQueryParameters(), Map.of("organization", id));
    }
}
