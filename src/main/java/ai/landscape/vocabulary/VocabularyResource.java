package ai.landscape.vocabulary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/vocabularies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "vocabularies", description = "The code lists used by filters and records")
public class VocabularyResource {

    /** A code with its Chinese and English label. */
    public record Code(String code, Label label) {}

    /** Every code list of the API. */
    public record Vocabularies(
            List<Code> regions,
            List<Code> organizationKinds,
            List<Code> capabilities,
            List<Code> categories,
            List<Code> segments,
            List<Code> sotaTypes,
            List<Code> takeawayKinds,
            List<Code> takeawayTopics,
            List<Code> collections) {}

    public static final Vocabularies ALL = new Vocabularies(
            codes(Region.values()),
            codes(OrganizationKind.values()),
            codes(Capability.values()),
            codes(Category.values()),
            codes(Segment.values()),
            codes(SotaType.values()),
            codes(TakeawayKind.values()),
            codes(TakeawayTopic.values()),
            codes(Collection.values()));

    private static List<Code> codes(Coded[] values) {
        return Arrays.stream(values).map(v -> new Code(v.name(), v.label())).toList();
    }

    @GET
    @Operation(
            operationId = "getVocabularies",
            summary = "Get the vocabularies",
            description =
                    "Every code list (regions, organization kinds, capabilities, application categories and segments, "
                            + "SOTA types, take-away kinds and topics, searchable collections) with Chinese and English labels.")
    public Vocabularies get() {
        return ALL;
    }
}
