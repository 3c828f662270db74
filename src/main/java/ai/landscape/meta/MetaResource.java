package ai.landscape.meta;

import ai.landscape.common.ProblemException;
import ai.landscape.source.Source;
import ai.landscape.source.SourceDto;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

@Path("/api/v1/meta")
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
            Map<String, String> links) {}

    /** Record counts per collection. */
    public record Counts(long organizations, long models, long applications, long sotaModels, long takeaways, long sources) {

        static Counts of(Map<String, Long> c) {
            return new Counts(c.get("organizations"), c.get("models"), c.get("applications"), c.get("sotaModels"), c.get("takeaways"), c.get("sources"));
        }
    }

    @GET
    public Meta meta() {
        Dataset dataset = Dataset.current();
        if (dataset == null) {
            throw ProblemException.noDataset();
        }
        List<SourceDto> sources = Source.<Source>listAll(Sort.by("id")).stream().map(SourceDto::from).toList();
        return new Meta(
                API_VERSION,
                dataset.version,
                dataset.loadedAt,
                Counts.of(dataset.counts),
                sources,
                Map.of("openapi", "/q/openapi", "swaggerUi", "/q/swagger-ui"));
    }
}
