package ai.landscape.wave;

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

@Path("/api/v1/waves")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "waves", description = "The four waves of generative AI in the 2022 essay \"A Creative New World\"")
public class WaveResource {

    @Inject
    Lists lists;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.NDJSON_TYPE})
    @Operation(
            operationId = "listWaves",
            summary = "List waves",
            description = "The 4 waves of the 2022 essay's \"Why Now?\" (小模型 … 杀手级应用), each with the sentences of the "
                    + "documents that state it (000, 002, 004); filtered by source, organization and model, "
                    + "searched by name with q; sort=ordinal gives the essay's order.")
    public RestResponse<Page<WaveDto>> list() {
        return lists.list(Waves.COLLECTION);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a wave", operationId = "getWave", description = "One wave by its id, wave-1 to wave-4.")
    public WaveDto get(@Parameter(description = "Wave id", example = "wave-2") @PathParam("id") String id) {
        return lists.detail(Waves.COLLECTION, id);
    }
}
