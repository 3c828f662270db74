package ai.landscape.investment;

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

@Path("/api/v1/investment-layers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "investment-layers", description = "The layers of the AI stack as \"Generative AI's Act o1\" weighs them")
public class InvestmentLayerResource {

    @Inject
    Lists lists;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listInvestmentLayers",
            summary = "List investment layers",
            description = "The 4 layers of Act o1's section 投资领域 (基础设施, 模型, 开发者工具和基础设施软件, 应用程序), each with "
                    + "its paragraph verbatim and the company counts it gives for the cloud and mobile "
                    + "transitions; filtered by source, searched by name with q; sort=ordinal gives the "
                    + "essay's order.")
    public RestResponse<Page<InvestmentLayerDto>> list() {
        return lists.list(InvestmentLayers.COLLECTION);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getInvestmentLayer",
            summary = "Get an investment layer",
            description = "One layer by its id: infrastructure, models, developer-tools or applications.")
    public InvestmentLayerDto get(
            @Parameter(description = "Investment layer id", example = "applications") @PathParam("id") String id) {
        return lists.detail(InvestmentLayers.COLLECTION, id);
    }
}
