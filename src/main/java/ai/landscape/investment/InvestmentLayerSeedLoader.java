package ai.landscape.investment;

import ai.landscape.common.Citation;
import ai.landscape.common.Figure;
import ai.landscape.common.Qualifier;
import ai.landscape.common.SearchText;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.Names;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeedReader;
import ai.landscape.source.Quotes;
import ai.landscape.vocabulary.Unit;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads the investment layers from {@code corpus/investment-layers.yaml}: one paragraph of 003 each, checked by
 * {@link Quotes}; the layer's name is the bullet the paragraph sits under (the citation's section), and every figure's
 * words occur in the paragraph.
 */
public final class InvestmentLayerSeedLoader {

    /** An entry of the file: the fields of a layer that the curation gives, its figures and its citation. */
    public record LayerEntry(
            String id,
            int ordinal,
            String name,
            String nameEn,
            Boolean nameEnTranslated,
            List<Figure> figures,
            List<Citation> provenance) {}

    public static final String FILE = "corpus/investment-layers.yaml";

    /** Reads the layers' file; the sources are loaded before. */
    public static final SeedLoader LOADER = SeedLoader.files(InvestmentLayerSeedLoader::load, FILE);

    /** The qualifiers of a figure that may have no single value. */
    private static final Set<Qualifier> NO_VALUE = Set.of(Qualifier.MAGNITUDE, Qualifier.RANGE, Qualifier.NOT_STATED);

    private InvestmentLayerSeedLoader() {}

    public static void load(SeedReader reader, LoadedRecords records) {
        Quotes quotes = Quotes.of(records);
        Set<String> ids = new HashSet<>();
        Set<Integer> ordinals = new HashSet<>();
        int n = 0;
        for (LayerEntry e : reader.list(FILE, new TypeReference<List<LayerEntry>>() {})) {
            n++;
            reader.checkId(FILE, n, e.id(), ids);
            if (e.ordinal() < 1 || !ordinals.add(e.ordinal())) {
                reader.problem(FILE, n, "ordinal " + e.ordinal() + " is not a new number from 1");
            }
            List<Citation> cited = quotes.check(reader, FILE, n, e.provenance());
            InvestmentLayer l = new InvestmentLayer();
            l.id = e.id();
            l.ordinal = e.ordinal();
            l.name = reader.required(FILE, n, "name", e.name());
            l.nameEn = reader.required(FILE, n, "nameEn", e.nameEn());
            if (e.nameEnTranslated() == null) {
                reader.problem(FILE, n, "nameEnTranslated is missing");
            }
            l.nameEnTranslated = Boolean.TRUE.equals(e.nameEnTranslated());
            if (cited.size() > 1) {
                reader.problem(FILE, n, "cites " + cited.size() + " paragraphs; a layer's text is one");
            }
            Citation paragraph = cited.isEmpty() ? null : cited.get(0);
            if (paragraph != null && !paragraph.section().equals(l.name)) {
                reader.problem(
                        FILE, n, "name '" + l.name + "' is not the bullet '" + paragraph.section() + "' it cites");
            }
            l.text = paragraph == null ? null : paragraph.quote();
            l.figures = e.figures() == null ? List.of() : e.figures();
            for (Figure f : l.figures) {
                checkFigure(reader, n, f, paragraph);
            }
            l.provenance = cited;
            l.sources = Quotes.sources(cited);
            l.searchText = SearchText.of(Stream.of(l.name, l.nameEn));
            records.add(l);
        }
    }

    /** A figure's words occur in the paragraph, its unit is a code of the Unit vocabulary, and it has a qualifier. */
    private static void checkFigure(SeedReader reader, int entry, Figure f, Citation paragraph) {
        String where = "figure '" + f.valueRaw() + "'";
        if (f.valueRaw() == null || f.valueRaw().isBlank()) {
            reader.problem(FILE, entry, "a figure has no valueRaw");
        } else if (paragraph != null && !paragraph.quote().contains(f.valueRaw())) {
            reader.problem(FILE, entry, where + " does not occur in the layer's text");
        }
        if (Names.code(Unit.class, f.unit()) == null) {
            reader.problem(FILE, entry, where + " has unit '" + f.unit() + "', not a code of Unit");
        }
        if (f.qualifier() == null) {
            reader.problem(FILE, entry, where + " has no qualifier");
        } else if (f.value() == null && !NO_VALUE.contains(f.qualifier())) {
            reader.problem(FILE, entry, where + " has no value");
        }
    }
}
