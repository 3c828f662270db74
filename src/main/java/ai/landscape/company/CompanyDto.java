package ai.landscape.company;

import ai.landscape.common.Citation;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A company or product the essays name: its names, what it is and in which context the essays name it, their words
 * about it ({@code descriptors}), its maker where a quote states one, and every sentence that names it
 * ({@code mentions}, whose documents are {@code sources}).
 */
public record CompanyDto(
        String id,
        String name,
        String nameEn,
        boolean nameEnTranslated,
        List<String> aliases,
        CompanyKind kind,
        CompanyRole role,
        List<String> descriptors,

        @Schema(nullable = true, description = "Id of the organization or company that makes it (\"X 的 Y\")")
        String maker,

        @Schema(nullable = true, description = "Where maker is: organizations or companies")
        String makerCollection,

        List<String> sources,
        List<Citation> mentions) {

    public static CompanyDto from(Company c) {
        return new CompanyDto(
                c.id,
                c.name,
                c.nameEn,
                c.nameEnTranslated,
                c.aliases,
                CompanyKind.valueOf(c.kind),
                CompanyRole.valueOf(c.role),
                c.descriptors,
                c.maker,
                c.makerCollection,
                c.sources,
                c.provenance);
    }
}
