package ai.landscape.sota;

import ai.landscape.common.NamedRecord;
import ai.landscape.common.ParameterCount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the US/China SOTA comparison. */
@Entity
@Table(name = "sota_model")
public class SotaModel extends NamedRecord {

    /** A model the row names, with the id of the same model in the models collection where known. */
    public record NamedModel(
            String name,
            List<String> aliases,
            @Schema(nullable = true) String model) {

        public NamedModel {
            aliases = aliases == null ? List.of() : aliases;
        }
    }

    @Column(name = "model_raw")
    public String modelRaw;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> organizations;

    /** The regions of the organizations, for the region filter. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> regions;

    /** The names and aliases of the models the row names, for search. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<NamedModel> models;

    @Column(name = "type_raw")
    public String typeRaw;

    public String type;

    @Column(name = "architecture_raw")
    public String architectureRaw;

    @Column(name = "parameters_raw")
    public String parametersRaw;

    @JdbcTypeCode(SqlTypes.JSON)
    public ParameterCount parameters;

    /** Lower bound of the parameter count, for range filters. */
    @Column(name = "parameters_min")
    public Long parametersMin;

    /** Upper bound of the parameter count, for range filters. */
    @Column(name = "parameters_max")
    public Long parametersMax;

    @Column(name = "data_raw")
    public String dataRaw;

    @Column(name = "performance_raw")
    public String performanceRaw;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> citations;
}
