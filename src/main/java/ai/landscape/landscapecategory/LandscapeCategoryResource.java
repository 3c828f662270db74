package ai.landscape.landscapecategory;

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

@Path("/api/v1/landscape-categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "landscape-categories",
        description = "The model modalities and application categories each document's market landscape lists")
public class LandscapeCategoryResource {

    @Inject
    Lists lists;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listLandscapeCategories",
            summary = "List landscape categories",
            description = "The 44 items of the model (模型) and application (应用) lists of the 2022 essay's two"
                    + " translations (000, 002) and of 004's sections 3.1 and 3.2, each document's list kept as it is"
                    + " written; filtered by source, kind and capability, searched by name with q; sort=ordinal"
                    + " with source=... gives one document's order.")
    public RestResponse<Page<LandscapeCategoryDto>> list() {
        return lists.list(LandscapeCategories.COLLECTION);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getLandscapeCategory",
            summary = "Get a landscape category",
            description = "One landscape category by its id: the document's short name (cnw-2022, cnw-2022-zh,"
                    + " report), model or app, and a slug of the English name, e.g. report-model-3d.")
    public LandscapeCategoryDto get(
            @Parameter(description = "Landscape category id", example = "cnw-2022-model-text") @PathParam("id")
                    String id) {
        return lists.detail(LandscapeCategories.COLLECTION, id);
    }
}
