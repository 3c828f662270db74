package ai.landscape.thesis;

import ai.landscape.common.Citation;
import java.util.List;

/**
 * A thesis: the prediction's heading ({@code title}, verbatim; {@code titleEn}, our translation) and paragraph
 * ({@code text}, verbatim), the verdict as a code beside the words that give it, the records it names and the metrics
 * it states, and the sentences it comes from.
 */
public record ThesisDto(
        String id,
        Verdict verdict,
        String verdictRaw,
        int ordinal,
        String title,
        String titleEn,
        boolean titleEnTranslated,
        String text,
        List<String> organizations,
        List<String> models,
        List<String> companies,
        List<String> metrics,
        List<String> sources,
        List<Citation> provenance) {

    public static ThesisDto from(Thesis t) {
        return new ThesisDto(
                t.id,
                Verdict.valueOf(t.verdict),
                t.verdictRaw,
                t.ordinal,
                t.title,
                t.titleEn,
                t.titleEnTranslated,
                t.text,
                t.organizations,
                t.models,
                t.companies,
                t.metrics,
                t.sources,
                t.provenance);
    }
}
