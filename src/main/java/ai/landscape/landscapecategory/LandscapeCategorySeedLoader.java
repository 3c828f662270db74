package ai.landscape.landscapecategory;

import ai.landscape.common.Citation;
import ai.landscape.common.SearchText;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.Names;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeedReader;
import ai.landscape.source.Quotes;
import ai.landscape.source.SourceText;
import ai.landscape.vocabulary.Capability;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads the landscape categories from {@code corpus/landscape-categories.yaml}: one entry per item of a document's
 * list, whose one citation quotes what the item says after its heading. The heading itself (the text before the quote
 * on its line, without its Markdown or HTML emphasis) must be the entry's name, with the English in brackets where
 * the document gives one; the ordinals must follow the document's order; sameAs links must name records of other
 * documents that link back.
 */
public final class LandscapeCategorySeedLoader {

    /** An entry of the YAML file; {@code provenance} holds exactly one citation. */
    public record Entry(
            String id,
            String kind,
            Integer ordinal,
            String name,
            String nameEn,
            Boolean nameEnTranslated,
            String capability,
            List<String> examples,
            List<String> sameAs,
            List<Citation> provenance) {}

    public static final String FILE = "corpus/landscape-categories.yaml";

    public static final SeedLoader LOADER = SeedLoader.files(LandscapeCategorySeedLoader::load, FILE);

    /** A heading: bullet, emphasis and the colon or comma after it removed; the English in brackets, if any. */
    private static final Pattern MARKUP = Pattern.compile("<b>|</b>|\\*\\*");

    private static final Pattern HEADING = Pattern.compile("^(?:[*-]\\s+)?(.+?)(?:（(.+)）)?[：，]?$");

    private LandscapeCategorySeedLoader() {}

    /** A loaded record with where its quote starts, for the checks across entries. */
    private record Placed(int entry, LandscapeCategory record, int offset) {}

    public static void load(SeedReader reader, LoadedRecords records) {
        Quotes quotes = Quotes.of(records);
        Map<String, String> texts = records.of(SourceText.class).stream()
                .filter(t -> t.text() != null)
                .collect(Collectors.toMap(SourceText::source, SourceText::text));
        Set<String> ids = new HashSet<>();
        Map<String, Placed> placed = new LinkedHashMap<>();
        int n = 0;
        for (Entry e : reader.list(FILE, new TypeReference<List<Entry>>() {})) {
            n++;
            reader.checkId(FILE, n, e.id(), ids);
            LandscapeCategory c = new LandscapeCategory();
            c.id = e.id();
            c.kind = e.kind();
            LandscapeCategoryKind kind = Names.code(LandscapeCategoryKind.class, e.kind());
            if (kind == null) {
                reader.problem(FILE, n, "kind '" + e.kind() + "' is not MODEL_MODALITY or APPLICATION_CATEGORY");
            }
            c.name = reader.required(FILE, n, "name", e.name());
            c.nameEn = reader.required(FILE, n, "nameEn", e.nameEn());
            if (e.nameEnTranslated() == null) {
                reader.problem(FILE, n, "nameEnTranslated is missing");
            }
            c.nameEnTranslated = Boolean.TRUE.equals(e.nameEnTranslated());
            if (e.ordinal() == null || e.ordinal() < 1) {
                reader.problem(FILE, n, "ordinal " + e.ordinal() + " is not a place in a list (1, 2, ...)");
            }
            c.ordinal = e.ordinal() == null ? 0 : e.ordinal();
            c.capability = e.capability();
            if (c.capability != null && Names.code(Capability.class, c.capability) == null) {
                reader.problem(FILE, n, "capability '" + c.capability + "' is not a code of the capabilities");
            } else if (c.capability != null && kind == LandscapeCategoryKind.APPLICATION_CATEGORY) {
                reader.problem(
                        FILE, n, "an application category has no capability: the capabilities are model columns");
            }
            c.examples = e.examples() == null ? List.of() : e.examples();
            c.sameAs = e.sameAs() == null ? List.of() : e.sameAs();
            c.provenance = quotes.check(reader, FILE, n, e.provenance());
            c.sources = Quotes.sources(c.provenance);
            if (e.provenance() != null && e.provenance().size() > 1) {
                reader.problem(
                        FILE,
                        n,
                        "cites " + e.provenance().size() + " sentences: a category is one item of"
                                + " one document's list, with one citation");
            }
            if (c.provenance.size() != 1 || e.provenance().size() != 1) {
                continue;
            }
            Citation quote = c.provenance.get(0);
            c.description = quote.quote();
            c.searchText = SearchText.of(Stream.of(c.name, c.nameEn));
            String text = texts.get(quote.source());
            int offset = text.indexOf(quote.quote());
            checkHeading(reader, n, c, text.substring(text.lastIndexOf('\n', offset) + 1, offset));
            for (String example : c.examples) {
                if (example == null || !quote.quote().contains(example)) {
                    reader.problem(FILE, n, "example '" + example + "' does not occur in the quote");
                }
            }
            if (new HashSet<>(c.examples).size() != c.examples.size()) {
                reader.problem(FILE, n, "an example is listed twice");
            }
            records.add(c);
            if (c.id != null) {
                placed.putIfAbsent(c.id, new Placed(n, c, offset));
            }
        }
        checkOrdinals(reader, placed.values());
        checkSameAs(reader, placed);
    }

    /**
     * The item's heading, the text its line holds before the quote, must be the name (and, where the document gives
     * English in brackets, nameEn, then not marked as a translation).
     */
    private static void checkHeading(SeedReader reader, int n, LandscapeCategory c, String before) {
        Matcher m = HEADING.matcher(MARKUP.matcher(before).replaceAll("").strip());
        if (!m.matches()) {
            reader.problem(FILE, n, "the quote's line has no item heading before it ('" + before + "')");
            return;
        }
        String name = m.group(1).strip();
        String english = m.group(2);
        if (!name.equals(c.name)) {
            reader.problem(FILE, n, "name '" + c.name + "' is not the item's heading '" + name + "'");
        }
        if (english != null && !(english.equals(c.nameEn) && !c.nameEnTranslated)) {
            reader.problem(
                    FILE,
                    n,
                    "the document writes the English '" + english + "': nameEn is that, with nameEnTranslated false");
        } else if (english == null && !c.nameEnTranslated && !Objects.equals(c.nameEn, name)) {
            reader.problem(
                    FILE,
                    n,
                    "nameEn '" + c.nameEn + "' is not written in the document: mark it nameEnTranslated: true");
        }
    }

    /** In each document's list of each kind, the ordinals are 1, 2, ... in the order the quotes are written. */
    private static void checkOrdinals(SeedReader reader, Iterable<Placed> all) {
        Map<String, List<Placed>> lists = new LinkedHashMap<>();
        for (Placed p : all) {
            lists.computeIfAbsent(p.record().sources.get(0) + " " + p.record().kind, k -> new ArrayList<>())
                    .add(p);
        }
        for (Map.Entry<String, List<Placed>> list : lists.entrySet()) {
            List<Placed> inOrder = list.getValue().stream()
                    .sorted(Comparator.comparingInt(Placed::offset))
                    .toList();
            for (int i = 0; i < inOrder.size(); i++) {
                Placed p = inOrder.get(i);
                if (p.record().ordinal != i + 1) {
                    reader.problem(
                            FILE,
                            p.entry(),
                            "ordinal " + p.record().ordinal + ", but it is item " + (i + 1) + " of the list "
                                    + list.getKey());
                }
            }
        }
    }

    /** Each sameAs names a record of another document, of the same kind, that names this one back. */
    private static void checkSameAs(SeedReader reader, Map<String, Placed> byId) {
        for (Placed p : byId.values()) {
            LandscapeCategory c = p.record();
            if (new HashSet<>(c.sameAs).size() != c.sameAs.size()) {
                reader.problem(FILE, p.entry(), "sameAs lists an id twice");
            }
            for (String id : c.sameAs) {
                Placed other = byId.get(id);
                if (other == null) {
                    reader.problem(FILE, p.entry(), "sameAs '" + id + "' is not a landscape category");
                } else if (other.record().sources.equals(c.sources)) {
                    reader.problem(FILE, p.entry(), "sameAs '" + id + "' is in the same document");
                } else if (!Objects.equals(other.record().kind, c.kind)) {
                    reader.problem(FILE, p.entry(), "sameAs '" + id + "' is of another kind");
                } else if (!other.record().sameAs.contains(c.id)) {
                    reader.problem(FILE, p.entry(), "sameAs '" + id + "' does not list '" + c.id + "' back");
                }
            }
        }
    }
}
