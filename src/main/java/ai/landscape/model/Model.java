package ai.landscape.model;

import ai.landscape.common.Citation;
import ai.landscape.common.NamedRecord;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One named model (or model family) of one organization. A model of the player tables has their row as
 * {@link #provenance}; a model that only an essay names has no row (a null provenance) but the sentence that names it
 * with its maker ({@link #citation}); the overrides let the provenance columns be null.
 */
@Entity
@AttributeOverride(name = "provenance.sourceId", column = @Column(name = "source_id"))
@AttributeOverride(name = "provenance.table", column = @Column(name = "source_table"))
@AttributeOverride(name = "provenance.row", column = @Column(name = "source_row"))
public class Model extends NamedRecord {

    @Column(name = "organization_id")
    public String organizationId;

    /** The region of the organization, kept here for the region filter. */
    public String region;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> capabilities;

    @Column(name = "open_source")
    public Boolean openSource;

    public String note;

    /** Capability code to the raw cell the model was named in. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "raw_cells")
    public Map<String, String> rawCells;

    /** The sentence of an essay that names the model and its maker, for a model no table lists; else null. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Citation citation;

    /** Where the essays name the model (corpus/mentions.yaml). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Citation> mentions = new ArrayList<>();
}
