package ai.landscape.organization;

import ai.landscape.api.Lists;
import ai.landscape.api.Page;
import ai.landscape.api.Representation;
import ai.landscape.model.ModelDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organizations", description = "Model players of the US and China tables")
public class OrganizationResource {

    @Inject
    Lists lists;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listOrganizations",
            summary = "List organizations",
            description =
                    "The model players of the US (8) and China (15) tables, filtered by region, capability and kind, "
                            + "searched by name, English name or alias with q.")
    public RestResponse<Page<OrganizationDto>> list() {
        return lists.list(Organizations.COLLECTION);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getOrganization",
            summary = "Get an organization",
            description = "One organization by its id, e.g. openai or baai.")
    public OrganizationDto get(
            @Parameter(description = "Organization id", example = "baai") @PathParam("id") String id) {
        return lists.detail(Organizations.COLLECTION, id);
    }

    @GET
    @Path("{id}/models")
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listOrganizationModels",
            summary = "List the models of an organization",
            description =
                    "The models named in the organization's capability cells; takes the filters of /models but organization.")
    public RestResponse<Page<ModelDto>> models(
            @Parameter(description = "Organization id", example = "baidu") @PathParam("id") String id) {
        return lists.list(Organizations.MODELS, id);
    }
}
