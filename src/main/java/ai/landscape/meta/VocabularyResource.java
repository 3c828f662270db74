package ai.landscape.meta;

import ai.landscape.api.Catalog;
import ai.landscape.api.Snapshots;
import ai.landscape.vocabulary.Code;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/vocabularies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "vocabularies", description = "The code lists used by filters and records")
public class VocabularyResource {

    @Inject
    Catalog catalog;

    @Inject
    Snapshots snapshots;

    @GET
    @Operation(
            operationId = "getVocabularies",
            summary = "Get the vocabularies",
            description =
                    "Every code list (regions, organization kinds, capabilities, application categories and segments, "
                            + "SOTA types, take-away kinds and topics, searchable collections) with Chinese and English labels.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Vocabularies")))
    public Map<String, List<Code>> get() {
        QuarkusTransaction.requiringNew().run(snapshots::read); // the load its ETag names
        return catalog.vocabularies();
    }
}
