package ai.landscape.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a prose record, or a mention, comes from: a sentence of a seed document.
 *
 * @param source the id of the seed document (see /api/v1/sources)
 * @param section the heading the sentence sits under, as the document writes it
 * @param quote the sentence(s), verbatim: it occurs in the document exactly as given
 * @param line the 1-based line of the document on which the quote starts
 */
@Schema(name = "Citation", description = "A sentence of a seed document, verbatim, with the heading it sits under")
public record Citation(
        String source,
        String section,
        String quote,
        @Schema(nullable = true) Integer line) {}
