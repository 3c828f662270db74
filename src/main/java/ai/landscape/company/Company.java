package ai.landscape.company;

import ai.landscape.common.NamedCitedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A company or product the essays name that is not an organization of the player tables. Its {@link #provenance} is
 * the sentences that name it (the API calls them its mentions); its name is as the essays first write it.
 */
@Entity
public class Company extends NamedCitedRecord {

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
}
