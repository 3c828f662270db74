package ai.landscape.model;

import ai.landscape.common.Citation;
import ai.landscape.common.Provenance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a model comes from: the row of a player table that names it ({@code table}, {@code row}), or, for a model no
 * table lists, the sentence of an essay that names it with its maker ({@code section}, {@code quote}, {@code line}).
 *
 * @param source the id of the seed document (see /api/v1/sources)
 * @param table the player table, as named in seed-data/tables; null for a model an essay names
 * @param row the 1-based row of that table; null for a model an essay names
 * @param section the heading the sentence sits under; null for a model of a table
 * @param quote the sentence, verbatim; null for a model of a table
 * @param line the 1-based line of the document the sentence starts on; null for a model of a table
 */
@Schema(
        name = "ModelProvenance",
        description = "A row of a player table, or the sentence of an essay that names the model")
public record ModelProvenanceDto(
        String source,
        @Schema(nullable = true) String table,
        @Schema(nullable = true) Integer row,
        @Schema(nullable = true) String section,
        @Schema(nullable = true) String quote,
        @Schema(nullable = true) Integer line) {

    public static ModelProvenanceDto of(Model m) {
        Provenance p = m.provenance;
        if (p != null) {
            return new ModelProvenanceDto(p.sourceId, p.table, p.row, null, null, null);
        }
        Citation c = m.citation;
        return new ModelProvenanceDto(c.source(), null, null, c.section(), c.quote(), c.line());
    }
}
