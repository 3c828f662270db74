package ai.landscape.investment;

import ai.landscape.common.Citation;
import ai.landscape.common.Figure;
import java.util.List;

/**
 * An investment layer: its name as the essay's bullet writes it, our English name ({@code nameEnTranslated}), the
 * paragraph on it verbatim ({@code text}), the figures that paragraph gives (each {@code valueRaw} is words of
 * {@code text}), and the citation.
 */
public record InvestmentLayerDto(
        String id,
        int ordinal,
        String name,
        String nameEn,
        boolean nameEnTranslated,
        String text,
        List<Figure> figures,
        List<String> sources,
        List<Citation> provenance) {

    public static InvestmentLayerDto from(InvestmentLayer l) {
        return new InvestmentLayerDto(
                l.id, l.ordinal, l.name, l.nameEn, l.nameEnTranslated, l.text, l.figures, l.sources, l.provenance);
    }
}
