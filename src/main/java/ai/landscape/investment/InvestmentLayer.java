package ai.landscape.investment;

import ai.landscape.common.CitedRecord;
import ai.landscape.common.Figure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One layer of the AI stack as "Generative AI's Act o1" (003) weighs it for investors. */
@Entity
@Table(name = "investment_layer")
public class InvestmentLayer extends CitedRecord {

    /** 1 to 4, the essay's order. */
    public int ordinal;

    /** The bullet that heads the layer, as written. */
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    /** True when {@link #nameEn} is our translation. */
    @Column(name = "name_en_translated")
    public boolean nameEnTranslated;

    /** The paragraph under the bullet, verbatim. */
    public String text;

    /** The figures the paragraph gives for earlier platform transitions, in its order. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Figure> figures;

    /** The names, NFKC-normalised and lower-cased (see {@link ai.landscape.common.SearchText}). */
    @Column(name = "search_text")
    public String searchText;
}
