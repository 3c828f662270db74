package ai.landscape.investment;

import ai.landscape.common.Figure;
import ai.landscape.common.NamedCitedRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One layer of the AI stack as "Generative AI's Act o1" (003) weighs it for investors. */
@Entity
@Table(name = "investment_layer")
public class InvestmentLayer extends NamedCitedRecord {

    /** 1 to 4, the essay's order. */
    public int ordinal;

    /** The paragraph under the bullet, verbatim. */
    public String text;

    /** The figures the paragraph gives for earlier platform transitions, in its order. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Figure> figures;
}
