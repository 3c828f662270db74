package ai.landscape.wave;

import ai.landscape.common.NamedCitedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One of the four waves of the 2022 essay, as 000 and 002 translate it and 004 restates it; its name is 000's wording.
 */
@Entity
public class Wave extends NamedCitedRecord {

    /** 1 to 4, the essay's order. */
    public int ordinal;

    /** The name as 002 writes it. */
    @Column(name = "name_alt")
    public String nameAlt;

    /** The period as 000 writes it: 2015年之前, 2015年至今, 2022+, 现在. */
    @Column(name = "period_raw")
    public String periodRaw;

    /** The year the period starts in, where the period words give one. */
    @Column(name = "start_year")
    public Integer startYear;

    /** The year the period words end it at (2015 for 2015年之前), where they give one. */
    @Column(name = "end_year")
    public Integer endYear;

    /** The paragraph 000 writes under the wave's heading, verbatim. */
    public String summary;

    /** Ids of the organizations the wave's text names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> organizations;

    /** Ids of the models the wave's text names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> models;
}
