package ai.landscape.thesis;

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

@Path("/api/v1/theses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "theses", description = "The predictions the essays revisit, and their verdicts")
public class ThesisResource {

    @Inject
    Lists lists;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listTheses",
            summary = "List theses",
            description = "The 11 predictions the essays mark right or wrong: Act Two's lists \"以下是我们预测错的\" (5) and "
                    + "\"以下是我们预测对的\" (5), and Act o1's \"一个模型统治所有\"; filtered by verdict, source and the "
                    + "organizations, models and companies they name, searched by title with q; "
                    + "sort=source,ordinal gives each list's order.")
    public RestResponse<Page<ThesisDto>> list() {
        return lists.list(Theses.COLLECTION);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getThesis",
            summary = "Get a thesis",
            description = "One thesis by its id, e.g. the-first-killer-apps-have-arrived.")
    public ThesisDto get(
            @Parameter(description = "Thesis id", example = "the-first-killer-apps-have-arrived") @PathParam("id")
                    String id) {
        return lists.detail(Theses.COLLECTION, id);
    }
}
