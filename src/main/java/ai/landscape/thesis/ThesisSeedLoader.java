package ai.landscape.thesis;

import ai.landscape.common.Citation;
import ai.landscape.common.SearchText;
import ai.landscape.company.Company;
import ai.landscape.model.Model;
import ai.landscape.organization.Organization;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.Names;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeedReader;
import ai.landscape.source.Quotes;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads the theses of {@code corpus/theses.yaml}. Every entry becomes a record (so that a record's place in the
 * load is its entry number, which the metrics' loader reports against); what is wrong with it refuses the load.
 */
public final class ThesisSeedLoader {

    /**
     * An entry of the file: the thesis's paragraph ({@code text}) with its document and heading, which is its first
     * citation; further sentences under {@code provenance}.
     */
    public record ThesisEntry(
            String id,
            String source,
            String section,
            String verdict,
            String verdictRaw,
            Integer ordinal,
            String title,
            String titleEn,
            Boolean titleEnTranslated,
            String text,
            List<String> organizations,
            List<String> models,
            List<String> companies,
            List<String> metrics,
            List<Citation> provenance) {}

    public static final String FILE = "corpus/theses.yaml";

    /** Reads the theses; the organizations and models they link to are loaded before. */
    public static final SeedLoader LOADER = SeedLoader.files(ThesisSeedLoader::load, FILE);

    private ThesisSeedLoader() {}

    public static void load(SeedReader reader, LoadedRecords records) {
        Quotes quotes = Quotes.of(records);
        Set<String> organizations =
                records.of(Organization.class).stream().map(o -> o.id).collect(Collectors.toSet());
        Set<String> models = records.of(Model.class).stream().map(m -> m.id).collect(Collectors.toSet());
        Set<String> companies =
                records.of(Company.class).stream().map(c -> c.id).collect(Collectors.toSet());
        Set<String> ids = new HashSet<>();
        Set<String> places = new HashSet<>();
        int n = 0;
        for (ThesisEntry e : reader.list(FILE, new TypeReference<List<ThesisEntry>>() {})) {
            n++;
            reader.checkId(FILE, n, e.id(), ids);
            Thesis t = new Thesis();
            t.id = e.id();
            t.verdict = e.verdict();
            if (Names.code(Verdict.class, e.verdict()) == null) {
                reader.problem(FILE, n, "verdict '" + e.verdict() + "' is not RIGHT or WRONG");
            }
            t.verdictRaw = reader.required(FILE, n, "verdictRaw", e.verdictRaw());
            t.title = reader.required(FILE, n, "title", e.title());
            t.titleEn = reader.required(FILE, n, "titleEn", e.titleEn());
            t.titleEnTranslated = Boolean.TRUE.equals(e.titleEnTranslated());
            if (e.titleEnTranslated() == null) {
                reader.problem(FILE, n, "titleEnTranslated is missing");
            }
            t.text = reader.required(FILE, n, "text", e.text());
            t.ordinal = e.ordinal() == null ? 0 : e.ordinal();
            if (t.ordinal < 1) {
                reader.problem(FILE, n, "ordinal is missing or below 1");
            } else if (!places.add(e.source() + " " + t.verdictRaw + " " + t.ordinal)) {
                reader.problem(FILE, n, "ordinal " + t.ordinal + " is used twice in the list '" + t.verdictRaw + "'");
            }
            List<Citation> given = new ArrayList<>();
            given.add(new Citation(e.source(), e.section(), e.text(), null));
            given.addAll(e.provenance() == null ? List.of() : e.provenance());
            t.provenance = inDocumentOrder(quotes.check(reader, FILE, n, given));
            t.sources = Quotes.sources(t.provenance);
            if (t.verdictRaw != null && t.title != null) {
                checkWords(reader, n, t);
            }
            t.organizations = reader.checkLinks(FILE, n, "organization", e.organizations(), organizations);
            t.models = reader.checkLinks(FILE, n, "model", e.models(), models);
            t.companies = reader.checkLinks(FILE, n, "company", e.companies(), companies);
            // checked by the metrics' loader, which loads after the theses
            t.metrics = e.metrics() == null ? List.of() : List.copyOf(e.metrics());
            t.searchText = SearchText.of(Stream.of(t.title, t.titleEn));
            records.add(t);
        }
    }

    /**
     * The verdict's words are a heading or words of a citation; the title is a heading, or words of a citation once
     * its Markdown emphasis is taken out (a heading written as two bold runs, "**a** **b**", reads "ab").
     */
    private static void checkWords(SeedReader reader, int entry, Thesis t) {
        if (t.provenance.stream()
                .noneMatch(c -> c.section().equals(t.verdictRaw) || c.quote().contains(t.verdictRaw))) {
            reader.problem(FILE, entry, "verdictRaw '" + t.verdictRaw + "' is neither a section nor in a quote");
        }
        if (t.provenance.stream()
                .noneMatch(c -> c.section().contains(t.title)
                        || c.quote().replace("** **", "").replace("**", "").contains(t.title))) {
            reader.problem(FILE, entry, "title '" + t.title + "' is neither in a section nor in a quote");
        }
    }

    /** Citations by document (in the order first cited), then by line. */
    private static List<Citation> inDocumentOrder(List<Citation> citations) {
        List<String> documents = Quotes.sources(citations);
        return citations.stream()
                .sorted(Comparator.comparingInt((Citation c) -> documents.indexOf(c.source()))
                        .thenComparingInt(Citation::line))
                .toList();
    }
}
