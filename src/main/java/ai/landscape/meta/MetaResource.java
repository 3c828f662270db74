package ai.landscape.meta;

import ai.landscape.api.Catalog;
import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.ListEngine;
import ai.landscape.api.Snapshots;
import ai.landscape.seed.Dataset;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meta")
@Tag(name = "meta", description = "The dataset and the API")
@Produces(MediaType.APPLICATION_JSON)
public class MetaResource {

    public static final String API_VERSION = "1.0.0";

    /**
     * The dataset and the API: versions, record counts per collection, links. The document also lists every record of
     * the collections declared as listed in /meta (the seed documents), after the counts: the OpenAPI document adds
     * them to this schema from the declarations.
     */
    public record Meta(
            String apiVersion,
            String datasetVersion,
            OffsetDateTime loadedAt,
            @Schema(ref = "Counts") Map<String, Long> counts,
            Links links) {}

    /** Where the OpenAPI document and Swagger UI are. */
    public record Links(String openapi, String swaggerUi) {}

    @Inject
    Catalog catalog;

    @Inject
    Snapshots snapshots;

    @Inject
    ListEngine engine;

    @GET
    @Operation(
            operationId = "getMeta",
            summary = "Get the dataset's metadata",
            description =
                    "The API version, the dataset version (a content hash of the seed-data) and when it was loaded, "
                            + "record counts per collection, the seed documents, and links to the OpenAPI document.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Meta.class)))
    public Map<String, Object> meta() {
        return QuarkusTransaction.requiringNew().call(() -> {
            snapshots.read();
            Dataset dataset = Dataset.current();
            Map<String, Long> counts = new LinkedHashMap<>();
            catalog.collections().forEach(c -> counts.put(c.name(), dataset.counts.get(c.name())));
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("apiVersion", API_VERSION);
            meta.put("datasetVersion", dataset.version);
            meta.put("loadedAt", dataset.loadedAt);
            meta.put("counts", counts);
            for (CollectionDeclaration<?, ?> c : catalog.collections()) {
                if (c.listedInMeta()) {
                    List<Object> records = new ArrayList<>();
                    engine.streamAll(c.list(), records::add);
                    meta.put(c.name(), records);
                }
            }
            meta.put("links", new Links("/q/openapi", "/q/swagger-ui"));
            return meta;
        });
    }
}
