package ai.landscape.meta;

import ai.landscape.common.ProblemException;
import ai.landscape.source.Source;
import ai.landscape.source.SourceDto;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meta")
@Tag(name = "meta", description = "The dataset and the API")
@Produces(MediaType.APPLICATION_JSON)
public class MetaResource {

    public static final String API_VERSION = "1.0.0";

    /** The dataset and the API: versions, record counts per collection, sources, links. */
    public record Meta(
            String apiVersion,
            String datasetVersion,
            OffsetDateTime loadedAt,
            Counts counts,
            List<SourceDto> sources,
            Links links) {}

    /** Where the OpenAPI document and Swagger UI are. */
    public record Links(String openapi, String swaggerUi) {}

    /** Record counts per collection. */
    public record Counts(
            long organizations, long models, long applications, long sotaModels, long takeaways, long sources) {

        static Counts of(Map<String, Long> c) {
            return new Counts(
                    c.get("organizations"),
                    c.get("models"),
                    c.get("applications"),
                    c.get("sotaModels"),
                    c.get("takeaways"),
                    c.get("sources"));
        }
    }

    @GET
    @Operation(
            operationId = "getMeta",
            summary = "Get the dataset's metadata",
            description =
                    "The API version, the dataset version (a content hash of the seed-data) and when it was loaded, "
                            + "record counts per collection, the seed documents, and links to the OpenAPI document.")
    @Transactional
    public Meta meta() {
        Dataset dataset = Dataset.current();
        if (dataset == null) {
            throw ProblemException.noDataset();
        }
        List<SourceDto> sources = Source.<Source>listAll(Sort.by("id")).stream()
                .map(SourceDto::from)
                .toList();
        return new Meta(
                API_VERSION,
                dataset.version,
                dataset.loadedAt,
                Counts.of(dataset.counts),
                sources,
                new Links("/q/openapi", "/q/swagger-ui"));
    }
}
