package ai.landscape.metric;

import ai.landscape.common.CitedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/**
 * A figure an essay states: its words verbatim beside the typed number (the fields of
 * {@link ai.landscape.common.Figure}, flat, so that lists filter and sort on them).
 */
@Entity
public class Metric extends CitedRecord {

    /** What the figure is about, as the essay writes it. */
    public String subject;

    /** The subject's record where it is one (at most one of the three links is set). */
    @Column(name = "subject_organization")
    public String subjectOrganization;

    @Column(name = "subject_model")
    public String subjectModel;

    /** An id of the companies collection. */
    @Column(name = "subject_company")
    public String subjectCompany;

    /** A code of {@link Measure}. */
    public String measure;

    @Column(name = "value_raw")
    public String valueRaw;

    public BigDecimal value;
    public BigDecimal low;
    public BigDecimal high;

    /** A code of {@link ai.landscape.vocabulary.Unit}. */
    public String unit;

    /** A code of {@link ai.landscape.common.Qualifier}. */
    public String qualifier;

    /** The words giving the time the figure covers, verbatim, or null. */
    public String period;

    /** The thesis that states the figure, or null. */
    @Column(name = "thesis_id")
    public String thesisId;
}
