package ai.landscape.company;

import ai.landscape.common.CitedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A company or product the essays name that is not an organization of the player tables. Its {@link #provenance} is
 * the sentences that name it (the API calls them its mentions).
 */
@Entity
public class Company extends CitedRecord {

    /** The name as first written in the essays. */
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    /** True when {@link #nameEn} is our translation. */
    @Column(name = "name_en_translated")
    public boolean nameEnTranslated;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases;

    public String kind;
    public String role;

    /** The essays' own words about it, each verbatim in one of its quotes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> descriptors;

    /** The id of the organization or company that makes it, where a quote says "X 的 Y". */
    public String maker;

    /** The collection of {@link #maker}: organizations or companies. */
    @Column(name = "maker_collection")
    public String makerCollection;

    /** Names and aliases, NFKC-normalised and lower-cased, one per line (see {@link ai.landscape.common.SearchText}). */
    @Column(name = "search_text")
    public String searchText;
}
