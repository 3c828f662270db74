package ai.landscape.search;

import ai.landscape.seed.SearchDocument;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of the search_entry table, which the load writes: one searchable record of any collection. */
@Entity
@Immutable
@Table(name = "search_entry")
public class SearchEntry extends PanacheEntityBase {

    /** COLLECTION:id, unique over the table. */
    @Id
    public String id;

    public String collection;

    @Column(name = "record_id")
    public String recordId;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_zh")
    public String nameZh;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases;

    @Column(name = "search_text")
    public String searchText;

    /** The searchable records it links to, with their names. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<SearchDocument.Link> links;
}
