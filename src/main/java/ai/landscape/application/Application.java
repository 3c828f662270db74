package ai.landscape.application;

import ai.landscape.common.NamedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A product or project of the China application list. */
@Entity
public class Application extends NamedRecord {

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases;

    @Column(name = "direction_raw")
    public String directionRaw;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> categories;

    @Column(name = "segments_raw")
    public String segmentsRaw;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> segments;

    @Column(name = "organization_id")
    public String organizationId;

    /** True when the seed does not state the link to the organization (read from a brand in the name). */
    @Column(name = "organization_inferred")
    public boolean organizationInferred;
}
