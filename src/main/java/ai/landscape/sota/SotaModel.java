package ai.landscape.sota;

import ai.landscape.common.NamedRecord;
import ai.landscape.common.ParameterClaim;
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

    /**
     * A model the row names, with the id of the same model in the models collection where known, and the parameter
     * counts the row states for it.
     */
    @Schema(
            description = "A model of a SOTA row: its name, the id of the same model in /models where known, and the "
                    + "parameter counts the 参数 cell states for this model (parametersRaw: the words about it)")
    public record NamedModel(
            String name,
            List<String> aliases,
            @Schema(nullable = true) String model,

            @Schema(
                    description = "The words of the 参数 cell about this model, verbatim (the whole cell when the row "
                            + "names one model)")
            String parametersRaw,

            @Schema(
                    description = "The parameter counts the cell states for this model, each with its wording; empty "
                            + "when it states none (\"暂时不知道\")")
            List<ParameterClaim> parameters) {

        public NamedModel {
            aliases = aliases == null ? List.of() : aliases;
            parameters = parameters == null ? List.of() : parameters;
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

    /**
     * For minParameters and the parameters sort: the greatest least count a counted claim of one of the row's models
     * states (see {@link ParameterClaim#counted()}); null when none states one.
     */
    @Column(name = "parameters_min")
    public Long parametersMin;

    /** For maxParameters: the smallest greatest count a counted claim of one of the row's models states. */
    @Column(name = "parameters_max")
    public Long parametersMax;

    @Column(name = "data_raw")
    public String dataRaw;

    @Column(name = "performance_raw")
    public String performanceRaw;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> citations;
}
