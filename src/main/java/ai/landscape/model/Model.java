package ai.landscape.model;

import ai.landscape.common.NamedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One named model (or model family) of one organization. */
@Entity
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
}
