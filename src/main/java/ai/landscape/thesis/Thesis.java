package ai.landscape.thesis;

import ai.landscape.common.CitedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A prediction an essay revisits, with the verdict it gives it. */
@Entity
public class Thesis extends CitedRecord {

    /** A code of {@link Verdict}. */
    public String verdict;

    /** The words that give the verdict, verbatim: the heading of the list, or the essay's sentence. */
    @Column(name = "verdict_raw")
    public String verdictRaw;

    /** The place in its list, from 1. */
    public int ordinal;

    /** The bold heading, as written (without Markdown markers). */
    public String title;

    @Column(name = "title_en")
    public String titleEn;

    /** Always true: the seeds give no English heading, {@link #titleEn} is our translation. */
    @Column(name = "title_en_translated")
    public boolean titleEnTranslated;

    /** The paragraph(s), verbatim: the first citation of its document. */
    public String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> organizations;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> models;

    /** Ids of the companies collection. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> companies;

    /** Ids of the metrics the thesis states. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> metrics;

    /** Title and English title, NFKC-normalised and lower-cased (see {@link ai.landscape.common.SearchText}). */
    @Column(name = "search_text")
    public String searchText;
}
