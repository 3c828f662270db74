package ai.landscape.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a record came from: a seed document, a table of it, and a 1-based row of that table. */
@Embeddable
public class Provenance {

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    @Column(name = "source_table", nullable = false)
    public String table;

    @Column(name = "source_row", nullable = false)
    public int row;

    public Provenance() {}

    public Provenance(String sourceId, String table, int row) {
        this.sourceId = sourceId;
        this.table = table;
        this.row = row;
    }
}
