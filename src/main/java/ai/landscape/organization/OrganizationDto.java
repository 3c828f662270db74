package ai.landscape.organization;

import ai.landscape.common.Citation;
import ai.landscape.common.ComputeResource;
import ai.landscape.common.MoneyAmount;
import ai.landscape.common.ProvenanceDto;
import ai.landscape.vocabulary.Capability;
import ai.landscape.vocabulary.NameOrigin;
import ai.landscape.vocabulary.OrganizationKind;
import ai.landscape.vocabulary.Region;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A model player. Raw seed cells ({@code ...Raw}, {@code capabilityCells}) stand beside the
 * values parsed from them. {@code mentions} are the sentences of the essays that name it.
 */
public record OrganizationDto(
        String id,
        String name,
        String nameEn,
        boolean nameEnTranslated,
        NameOrigin nameEnOrigin,
        @Schema(nullable = true) String nameZh,
        Region region,
        OrganizationKind kind,
        List<String> aliases,
        List<Capability> capabilities,
        Map<String, String> capabilityCells,
        String computeRaw,
        List<ComputeResource> compute,
        String fundingRaw,
        List<MoneyAmount> funding,
        String leadersRaw,
        List<String> leaders,
        List<String> citations,
        ProvenanceDto provenance,
        List<Citation> mentions) {

    public static OrganizationDto from(Organization o) {
        return new OrganizationDto(
                o.id,
                o.name,
                o.nameEn,
                o.nameEnTranslated,
                NameOrigin.valueOf(o.nameEnOrigin),
                o.nameZh,
                Region.valueOf(o.region),
                OrganizationKind.valueOf(o.kind),
                o.aliases,
                o.capabilities.stream().map(Capability::valueOf).toList(),
                o.capabilityCells,
                o.computeRaw,
                o.compute,
                o.fundingRaw,
                o.funding,
                o.leadersRaw,
                o.leaders,
                o.citations,
                ProvenanceDto.of(o.provenance),
                o.mentions);
    }
}
