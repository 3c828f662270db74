package ai.landscape.sota;

import ai.landscape.common.ProvenanceDto;
import ai.landscape.vocabulary.NameOrigin;
import ai.landscape.vocabulary.Region;
import ai.landscape.vocabulary.SotaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A row of the US/China SOTA comparison: raw cells beside the organizations, models, type and parameters read from them.
 * The parameter counts belong to the model they are about ({@code models[].parameters}).
 */
public record SotaModelDto(
        String id,
        String name,
        String nameEn,
        boolean nameEnTranslated,
        NameOrigin nameEnOrigin,
        @Schema(nullable = true) String nameZh,
        List<String> organizations,
        List<Region> regions,
        List<SotaModel.NamedModel> models,
        String modelRaw,
        SotaType type,
        String typeRaw,
        String architectureRaw,
        String parametersRaw,
        String dataRaw,
        String performanceRaw,
        List<String> citations,
        ProvenanceDto provenance) {

    public static SotaModelDto from(SotaModel s) {
        return new SotaModelDto(
                s.id,
                s.name,
                s.nameEn,
                s.nameEnTranslated,
                NameOrigin.valueOf(s.nameEnOrigin),
                s.nameZh,
                s.organizations,
                s.regions.stream().map(Region::valueOf).toList(),
                s.models,
                s.modelRaw,
                SotaType.valueOf(s.type),
                s.typeRaw,
                s.architectureRaw,
                s.parametersRaw,
                s.dataRaw,
                s.performanceRaw,
                s.citations,
                ProvenanceDto.of(s.provenance));
    }
}
