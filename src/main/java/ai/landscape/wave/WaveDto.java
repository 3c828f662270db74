package ai.landscape.wave;

import ai.landscape.common.Citation;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A wave of the 2022 essay: its name as each translation writes it, our English name ({@code nameEnTranslated}), the
 * period as written beside the years it gives, 000's paragraph on it ({@code summary}), the organizations and models
 * its text names, and the sentences of every document that states it.
 */
public record WaveDto(
        String id,
        int ordinal,
        String name,
        String nameAlt,
        String nameEn,
        boolean nameEnTranslated,
        String periodRaw,
        @Schema(nullable = true) Integer startYear,
        @Schema(nullable = true) Integer endYear,
        String summary,
        List<String> organizations,
        List<String> models,
        List<String> sources,
        List<Citation> provenance) {

    public static WaveDto from(Wave w) {
        return new WaveDto(
                w.id,
                w.ordinal,
                w.name,
                w.nameAlt,
                w.nameEn,
                w.nameEnTranslated,
                w.periodRaw,
                w.startYear,
                w.endYear,
                w.summary,
                w.organizations,
                w.models,
                w.sources,
                w.provenance);
    }
}
