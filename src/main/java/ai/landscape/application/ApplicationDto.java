package ai.landscape.application;

import ai.landscape.common.ProvenanceDto;
import ai.landscape.vocabulary.Category;
import ai.landscape.vocabulary.Segment;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application: its direction(s) as categories and its go-to-market segment(s), raw beside codes. */
public record ApplicationDto(
        String id,
        String name,
        String nameEn,
        boolean nameEnTranslated,
        @Schema(nullable = true) String nameZh,
        List<String> aliases,
        String directionRaw,
        List<Category> categories,
        String segmentsRaw,
        List<Segment> segments,
        @Schema(nullable = true) String organization,
        ProvenanceDto provenance) {

    public static ApplicationDto from(Application a) {
        return new ApplicationDto(
                a.id,
                a.name,
                a.nameEn,
                a.nameEnTranslated,
                a.nameZh,
                a.aliases,
                a.directionRaw,
                a.categories.stream().map(Category::valueOf).toList(),
                a.segmentsRaw,
                a.segments.stream().map(Segment::valueOf).toList(),
                a.organizationId,
                ProvenanceDto.of(a.provenance));
    }
}
