package ai.landscape.common;

/**
 * Where a record came from.
 *
 * @param source the id of the seed document (see /api/v1/sources)
 * @param table the table of that document, as named in seed-data/tables
 * @param row the 1-based row of that table
 */
public record ProvenanceDto(String source, String table, int row) {

    public static ProvenanceDto of(Provenance p) {
        return new ProvenanceDto(p.sourceId, p.table, p.row);
    }
}
