package ai.landscape.application;

import ai.landscape.common.ProvenanceDto;
import ai.landscape.vocabulary.Category;
import ai.landscape.vocabulary.NameOrigin;
import ai.landscape.vocabulary.Segment;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application: its direction(s) as categories and its go-to-market segment(s), raw beside codes. */
public record ApplicationDto(
        String id,
        String name,
        String nameEn,
        boolean nameEnTranslated,
        NameOrigin nameEnOrigin,
        @Schema(nullable = true) String nameZh,
        List<String> aliases,
        String directionRaw,
        List<Category> categories,
        String segmentsRaw,
        List<Segment> segments,
        @Schema(nullable = true) String organization,

        @Schema(
                description = "True when the seed does not state the link to the organization: it is read here from a "
                        + "brand in the name (文心一格 -> baidu, by Baidu's 文心 brand), not from the maker's name or a "
                        + "model the seed gives that organization")
        boolean organizationInferred,

        ProvenanceDto provenance) {

    public static ApplicationDto from(Application a) {
        return new ApplicationDto(
                a.id,
                a.name,
                a.nameEn,
                a.nameEnTranslated,
                NameOrigin.valueOf(a.nameEnOrigin),
                a.nameZh,
                a.aliases,
                a.directionRaw,
                a.categories.stream().map(Category::valueOf).toList(),
                a.segmentsRaw,
                a.segments.stream().map(Segment::valueOf).toList(),
                a.organizationId,
                a.organizationInferred,
                ProvenanceDto.of(a.provenance));
    }
}
