package ai.landscape.seed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The one row that says which dataset version the tables hold, when it was loaded and how many records each has. */
@Entity
public class Dataset extends PanacheEntityBase {

    public static final int ID = 1;

    @Id
    public int id = ID;

    public String version;

    @Column(name = "loaded_at")
    public OffsetDateTime loadedAt;

    /** The build of the service that loaded it: its loaders' code made the records. */
    public String build;

    /** Collection name to record count, in the order of the API. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Long> counts;

    /** The loaded dataset, or null when none has been loaded yet. */
    public static Dataset current() {
        return findById(ID);
    }
}
