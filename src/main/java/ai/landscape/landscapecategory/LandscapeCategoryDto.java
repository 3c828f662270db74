package ai.landscape.landscapecategory;

import ai.landscape.common.Citation;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A landscape category as one document lists it: the name as written, the description verbatim (the quote of its one
 * citation), the examples it names, the capability column it is, and the records of the other documents that
 * correspond to it. The capability is a code as text: a nullable reference to an enum schema does not validate as
 * null in OpenAPI 3.0.
 */
public record LandscapeCategoryDto(
        String id,
        LandscapeCategoryKind kind,

        @Schema(description = "Id of the seed document whose list it is in")
        String source,

        @Schema(description = "Its place (1-based) in that document's list of its kind")
        int ordinal,

        String name,
        String nameEn,

        @Schema(description = "True when nameEn is a translation made here, false when the document writes it")
        boolean nameEnTranslated,

        String description,

        @Schema(description = "The products and models the description names, as written")
        List<String> examples,

        @Schema(
                nullable = true,
                description = "The code of the capability column (player tables) the category is, from the"
                        + " capabilities vocabulary (TEXT, CODE, IMAGE, SPEECH, VIDEO_3D, BIOLOGY, ...); null"
                        + " when it is none of them")
        String capability,

        @Schema(description = "Ids of the landscape categories of the other documents that correspond to it")
        List<String> sameAs,

        List<Citation> provenance) {

    public static LandscapeCategoryDto from(LandscapeCategory c) {
        return new LandscapeCategoryDto(
                c.id,
                LandscapeCategoryKind.valueOf(c.kind),
                c.sources.get(0),
                c.ordinal,
                c.name,
                c.nameEn,
                c.nameEnTranslated,
                c.description,
                c.examples,
                c.capability,
                c.sameAs,
                c.provenance);
    }
}
