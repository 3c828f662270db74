package ai.landscape.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What every record drawn from the essays' prose has: a stable id, the sentences it comes from (one citation per
 * document that states it), and the ids of those documents, which the {@code source} filter of its list tests.
 */
@MappedSuperclass
public abstract class CitedRecord extends PanacheEntityBase {

    @Id
    public String id;

    /** The sentences the record comes from, in document order. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Citation> provenance;

    /** The distinct source ids of {@link #provenance} (and of its mentions, where it has any). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sources;
}
