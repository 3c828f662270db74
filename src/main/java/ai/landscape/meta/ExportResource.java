package ai.landscape.meta;

import ai.landscape.api.ListEngine;
import ai.landscape.api.ListSpec;
import ai.landscape.application.ApplicationDto;
import ai.landscape.application.ApplicationResource;
import ai.landscape.model.ModelDto;
import ai.landscape.model.ModelResource;
import ai.landscape.organization.OrganizationDto;
import ai.landscape.organization.OrganizationResource;
import ai.landscape.sota.SotaModelDto;
import ai.landscape.sota.SotaModelResource;
import ai.landscape.source.SourceDto;
import ai.landscape.source.SourceResource;
import ai.landscape.takeaway.TakeawayDto;
import ai.landscape.takeaway.TakeawayResource;
import ai.landscape.vocabulary.VocabularyResource;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/export")
@Tag(name = "meta", description = "The dataset and the API")
public class ExportResource {

    /** The whole dataset in one document (documents the shape of what {@link #export()} streams). */
    public record Export(
            String apiVersion,
            String datasetVersion,
            OffsetDateTime loadedAt,
            VocabularyResource.Vocabularies vocabularies,
            List<OrganizationDto> organizations,
            List<ModelDto> models,
            List<ApplicationDto> applications,
            List<SotaModelDto> sotaModels,
            List<TakeawayDto> takeaways,
            List<SourceDto> sources) {}

    /** The collections of the export, in the order of the document. */
    private static final Map<String, ListSpec<?, ?>> COLLECTIONS = collections();

    private static Map<String, ListSpec<?, ?>> collections() {
        Map<String, ListSpec<?, ?>> m = new LinkedHashMap<>();
        m.put("organizations", OrganizationResource.LIST);
        m.put("models", ModelResource.LIST);
        m.put("applications", ApplicationResource.LIST);
        m.put("sotaModels", SotaModelResource.LIST);
        m.put("takeaways", TakeawayResource.LIST);
        m.put("sources", SourceResource.LIST);
        return m;
    }

    @Inject
    ListEngine engine;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

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
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Export.class)))
    public StreamingOutput export() {
        Dataset dataset = QuarkusTransaction.requiringNew().call(Dataset::current);
        if (dataset == null) {
            throw ai.landscape.common.ProblemException.noDataset();
        }
        Map<String, ListEngine.Selection<?, ?>> selections = new LinkedHashMap<>();
        COLLECTIONS.forEach(
                (name, spec) -> selections.put(name, engine.select(spec, new MultivaluedHashMap<>(), Map.of())));
        return out -> {
            try (JsonGenerator g = json.getFactory().createGenerator(out)) {
                QuarkusTransaction.requiringNew().run(() -> {
                    em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                            .executeUpdate();
                    Dataset snapshot = Dataset.current();
                    write(g, () -> {
                        g.writeStartObject();
                        g.writeStringField("apiVersion", MetaResource.API_VERSION);
                        g.writeStringField("datasetVersion", snapshot.version);
                        g.writeFieldName("loadedAt");
                        json.writeValue(g, snapshot.loadedAt);
                        g.writeFieldName("vocabularies");
                        json.writeValue(g, VocabularyResource.ALL);
                        for (Map.Entry<String, ListEngine.Selection<?, ?>> e : selections.entrySet()) {
                            g.writeArrayFieldStart(e.getKey());
                            engine.stream(e.getValue(), dto -> write(g, () -> json.writeValue(g, dto)));
                            g.writeEndArray();
                        }
                        g.writeEndObject();
                    });
                });
            }
        };
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void write(JsonGenerator g, Write w) {
        try {
            w.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
