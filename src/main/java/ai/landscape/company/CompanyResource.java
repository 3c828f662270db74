package ai.landscape.company;

import ai.landscape.api.Lists;
import ai.landscape.api.Page;
import ai.landscape.api.Representation;
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

@Path("/api/v1/companies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "companies", description = "Companies and products the essays name, beside the organizations of the tables")
public class CompanyResource {

    @Inject
    Lists lists;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listCompanies",
            summary = "List companies and products",
            description =
                    "The 42 companies and products the three Sequoia essays name that are not organizations of the "
                            + "player tables, filtered by the document that names them (source), role, kind and "
                            + "maker, searched by name, English name or alias with q.")
    public RestResponse<Page<CompanyDto>> list() {
        return lists.list(Companies.COLLECTION);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getCompany",
            summary = "Get a company or product",
            description =
                    "One company or product by its id, the slug of its English name, e.g. harvey or github-copilot.")
    public CompanyDto get(@Parameter(description = "Company id", example = "harvey") @PathParam("id") String id) {
        return lists.detail(Companies.COLLECTION, id);
    }
}
