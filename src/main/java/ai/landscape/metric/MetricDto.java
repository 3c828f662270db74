package ai.landscape.metric;

import ai.landscape.common.Citation;
import ai.landscape.common.Qualifier;
import ai.landscape.vocabulary.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A figure of the essays: the subject as written and its record where it is one, what is measured, the words that
 * state the figure ({@code valueRaw}, verbatim in every quote) beside the number ({@code value}, or {@code low} and
 * {@code high}; null for a magnitude word), its unit and qualifier, the time it covers, the thesis that states it.
 */
public record MetricDto(
        String id,
        String subject,

        @Schema(nullable = true, description = "Id of the organization the subject is")
        String subjectOrganization,

        @Schema(nullable = true, description = "Id of the model the subject is")
        String subjectModel,

        @Schema(nullable = true, description = "Id of the company the subject is")
        String subjectCompany,

        Measure measure,
        String valueRaw,
        @Schema(nullable = true) BigDecimal value,
        @Schema(nullable = true) BigDecimal low,
        @Schema(nullable = true) BigDecimal high,
        Unit unit,
        Qualifier qualifier,
        @Schema(nullable = true) String period,

        @Schema(nullable = true, description = "Id of the thesis that states the figure")
        String thesis,

        List<String> sources,
        List<Citation> provenance) {

    public static MetricDto from(Metric m) {
        return new MetricDto(
                m.id,
                m.subject,
                m.subjectOrganization,
                m.subjectModel,
                m.subjectCompany,
                Measure.valueOf(m.measure),
                m.valueRaw,
                m.value,
                m.low,
                m.high,
                Unit.valueOf(m.unit),
                Qualifier.valueOf(m.qualifier),
                m.period,
                m.thesisId,
                m.sources,
                m.provenance);
    }
}
