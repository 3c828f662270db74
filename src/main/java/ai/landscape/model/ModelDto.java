package ai.landscape.model;

import ai.landscape.common.Citation;
import ai.landscape.vocabulary.Capability;
import ai.landscape.vocabulary.NameOrigin;
import ai.landscape.vocabulary.Region;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A model of an organization. {@code rawCells} holds, per capability, the raw cell that names it; {@code mentions} the
 * sentences of the essays that name it.
 */
public record ModelDto(
        String id,
        String name,
        String nameEn,
        boolean nameEnTranslated,
        NameOrigin nameEnOrigin,
        @Schema(nullable = true) String nameZh,
        String organization,
        Region region,
        List<String> aliases,
        List<Capability> capabilities,
        @Schema(nullable = true) Boolean openSource,
        @Schema(nullable = true) String note,
        Map<String, String> rawCells,
        ModelProvenanceDto provenance,
        List<Citation> mentions) {

    public static ModelDto from(Model m) {
        return new ModelDto(
                m.id,
                m.name,
                m.nameEn,
                m.nameEnTranslated,
                NameOrigin.valueOf(m.nameEnOrigin),
                m.nameZh,
                m.organizationId,
                Region.valueOf(m.region),
                m.aliases,
                m.capabilities.stream().map(Capability::valueOf).toList(),
                m.openSource,
                m.note,
                m.rawCells,
                ModelProvenanceDto.of(m),
                m.mentions);
    }
}
