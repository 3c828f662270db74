package ai.landscape.wave;

import ai.landscape.common.Citation;
import ai.landscape.common.NamedRecord;
import ai.landscape.common.SearchText;
import ai.landscape.model.Model;
import ai.landscape.organization.Organization;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeedReader;
import ai.landscape.source.Quotes;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads the waves from {@code corpus/waves.yaml}: the curation (names, period, links) beside the sentences of each
 * document that states the wave, which {@link Quotes} checks against the documents. What the curation reads from a
 * heading must be written in it: the name and the period in 000's, the other name in 002's; a linked record must be
 * named in one of the wave's quotes.
 */
public final class WaveSeedLoader {

    /**
     * An entry of the file: the fields of a wave that the curation gives, and its citations.
     *
     * @param organizations ids of organizations the wave's text names
     * @param models ids of models the wave's text names
     */
    public record WaveEntry(
            String id,
            int ordinal,
            String name,
            String nameAlt,
            String nameEn,
            Boolean nameEnTranslated,
            String periodRaw,
            Integer startYear,
            Integer endYear,
            List<String> organizations,
            List<String> models,
            List<Citation> provenance) {}

    public static final String FILE = "corpus/waves.yaml";

    /** 000, whose wording gives the name, the period and the summary. */
    static final String ESSAY = "creative-new-world-2022";

    /** 002, whose wording gives the other name. */
    static final String TRANSLATION = "creative-new-world-2022-zh-2025";

    /** Reads the waves' file; the sources, organizations and models are loaded before. */
    public static final SeedLoader LOADER = SeedLoader.files(WaveSeedLoader::load, FILE);

    private WaveSeedLoader() {}

    public static void load(SeedReader reader, LoadedRecords records) {
        Quotes quotes = Quotes.of(records);
        Map<String, Organization> organizations = byId(records.of(Organization.class));
        Map<String, Model> models = byId(records.of(Model.class));
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (WaveEntry e : reader.list(FILE, new TypeReference<List<WaveEntry>>() {})) {
            n++;
            reader.checkId(FILE, n, e.id(), ids);
            if (!("wave-" + e.ordinal()).equals(e.id())) {
                reader.problem(FILE, n, "id '" + e.id() + "' is not wave-" + e.ordinal() + " (its ordinal)");
            }
            List<Citation> cited = quotes.check(reader, FILE, n, e.provenance());
            Wave w = new Wave();
            w.id = e.id();
            w.ordinal = e.ordinal();
            w.name = reader.required(FILE, n, "name", e.name());
            w.nameAlt = reader.required(FILE, n, "nameAlt", e.nameAlt());
            w.nameEn = reader.required(FILE, n, "nameEn", e.nameEn());
            if (e.nameEnTranslated() == null) {
                reader.problem(FILE, n, "nameEnTranslated is missing");
            }
            w.nameEnTranslated = Boolean.TRUE.equals(e.nameEnTranslated());
            w.periodRaw = reader.required(FILE, n, "periodRaw", e.periodRaw());
            w.startYear = e.startYear();
            w.endYear = e.endYear();
            writtenInHeading(reader, n, "name", w.name, cited, ESSAY);
            writtenInHeading(reader, n, "periodRaw", w.periodRaw, cited, ESSAY);
            writtenInHeading(reader, n, "nameAlt", w.nameAlt, cited, TRANSLATION);
            for (Integer year :
                    Stream.of(w.startYear, w.endYear).filter(Objects::nonNull).toList()) {
                if (w.periodRaw != null && !w.periodRaw.contains(String.valueOf(year))) {
                    reader.problem(FILE, n, "year " + year + " is not written in the period '" + w.periodRaw + "'");
                }
            }
            w.summary = cited.stream()
                    .filter(c -> c.source().equals(ESSAY))
                    .map(Citation::quote)
                    .findFirst()
                    .orElse(null);
            if (!cited.isEmpty() && !cited.get(0).source().equals(ESSAY)) {
                reader.problem(FILE, n, "the first citation, the summary, is not of " + ESSAY);
            }
            w.organizations = links(reader, n, "organization", e.organizations(), organizations, cited);
            w.models = links(reader, n, "model", e.models(), models, cited);
            w.provenance = cited;
            w.sources = Quotes.sources(cited);
            w.searchText = SearchText.of(Stream.of(w.name, w.nameAlt, w.nameEn));
            records.add(w);
        }
    }

    /** The names /search shows beside name and nameEn: 002's name, where it is another. */
    static List<String> aliases(Wave w) {
        return w.nameAlt.equals(w.name) ? List.of() : List.of(w.nameAlt);
    }

    private static <R extends NamedRecord> Map<String, R> byId(List<R> records) {
        return records.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
    }

    /** Records a problem unless {@code value} is written in the section (the heading) of a citation of the source. */
    private static void writtenInHeading(
            SeedReader reader, int entry, String field, String value, List<Citation> cited, String source) {
        if (value == null) {
            return;
        }
        if (cited.stream()
                .noneMatch(c -> c.source().equals(source) && c.section().contains(value))) {
            reader.problem(
                    FILE, entry, field + " '" + value + "' is not written in the heading of a citation of " + source);
        }
    }

    /**
     * The ids of the linked records, each checked: a record of its collection, named in one of the wave's quotes by
     * its name, English or Chinese name, or an alias.
     */
    private static <R extends NamedRecord> List<String> links(
            SeedReader reader, int entry, String noun, List<String> given, Map<String, R> known, List<Citation> cited) {
        List<String> ids = given == null ? List.of() : given;
        for (String id : ids) {
            R record = known.get(id);
            if (record == null) {
                reader.problem(FILE, entry, noun + " '" + id + "' does not exist");
            } else if (cited.stream().noneMatch(c -> namedIn(c.quote(), record))) {
                reader.problem(FILE, entry, noun + " '" + id + "' is not named in a quote of the wave");
            }
        }
        return ids;
    }

    private static boolean namedIn(String quote, NamedRecord r) {
        List<String> aliases = r instanceof Organization o ? o.aliases : r instanceof Model m ? m.aliases : List.of();
        return Stream.concat(Stream.of(r.name, r.nameEn, r.nameZh), aliases.stream())
                .filter(Objects::nonNull)
                .anyMatch(quote::contains);
    }
}
