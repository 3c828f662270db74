package ai.landscape.landscapecategory;

import ai.landscape.common.NamedCitedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A model modality or an application category as one document lists it (the 2022 essay's 模型 and 应用 bullets in 000
 * and 002, 004's §3.1 and §3.2). Each document keeps its own list; {@link #sameAs} links the records of the other
 * documents that stand for the same category.
 */
@Entity
@Table(name = "landscape_category")
public class LandscapeCategory extends NamedCitedRecord {

    /** A code of {@link LandscapeCategoryKind}. */
    public String kind;

    /** Its place (1-based) in its document's list of that kind. */
    public int ordinal;

    /** What the document says of it: the quote of its citation. */
    public String description;

    /** The products and models the description names as examples, as written. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> examples;

    /** The code of the capability column (player tables) it is, or null. */
    public String capability;

    /** The ids of the records of the other documents that stand for the same category (or for a part of it). */
    @Column(name = "same_as")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sameAs;
}
