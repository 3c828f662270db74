package ai.landscape.meta;

import ai.landscape.api.Catalog;
import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.ListEngine;
import ai.landscape.api.Representation;
import ai.landscape.api.Streamed;
import ai.landscape.api.StreamedBodies;
import ai.landscape.common.UncheckedIo;
import ai.landscape.seed.Dataset;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/export")
@Tag(name = "meta", description = "The dataset and the API")
public class ExportResource {

    @Inject
    Catalog catalog;

    @Inject
    ListEngine engine;

    @Inject
    StreamedBodies bodies;

    @Inject
    ObjectMapper json;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "exportDataset",
            summary = "Export the whole dataset",
            description = "Every record of every collection in one JSON document, with the dataset version and the "
                    + "vocabularies, read from one consistent snapshot. Load it in pandas with "
                    + "pd.json_normalize(requests.get(url).json()['applications']); each collection is also available "
                    + "as CSV with format=csv on its list.")
    @APIResponse(
            responseCode = "200",
            description = "The dataset",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Export")))
    public StreamedBodies.Held export() {
        return bodies.hold(snapshot -> new Streamed() {
            @Override
            public Representation representation() {
                return Representation.JSON;
            }

            @Override
            public void write(OutputStream out) throws IOException {
                Dataset dataset = Dataset.current();
                try (JsonGenerator g = json.getFactory().createGenerator(out)) {
                    g.writeStartObject();
                    g.writeStringField("apiVersion", MetaResource.API_VERSION);
                    g.writeStringField("datasetVersion", dataset.version);
                    g.writeFieldName("loadedAt");
                    json.writeValue(g, dataset.loadedAt);
                    g.writeFieldName("vocabularies");
                    json.writeValue(g, catalog.vocabularies());
                    for (CollectionDeclaration<?, ?> c : catalog.collections()) {
                        g.writeArrayFieldStart(c.name());
                        engine.streamAll(c.list(), dto -> UncheckedIo.run(() -> json.writeValue(g, dto)));
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                }
            }
        });
    }
}
