package ai.landscape.source;

import ai.landscape.common.Citation;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.SeedReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks the citations of prose records against the seed documents' texts: the source is a document of the catalogue,
 * the quote occurs in it verbatim, the section is a heading written before the quote. A loader of prose records loads
 * after the sources ({@code links("sources")}) and makes one of these from the records loaded so far.
 */
public final class Quotes {

    private final Map<String, String> texts;

    private Quotes(Map<String, String> texts) {
        this.texts = texts;
    }

    public static Quotes of(LoadedRecords records) {
        return new Quotes(records.of(SourceText.class).stream()
                .filter(t -> t.text() != null)
                .collect(Collectors.toMap(SourceText::source, SourceText::text)));
    }

    /**
     * The citations of a record, each checked and given the line its quote starts on; every problem is reported
     * against {@code file} and the record's 1-based {@code entry}. A record needs at least one citation.
     */
    public List<Citation> check(SeedReader reader, String file, int entry, List<Citation> given) {
        List<Citation> checked = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            reader.problem(file, entry, "cites no sentence of a seed document");
            return checked;
        }
        for (Citation c : given) {
            String text = c.source() == null ? null : texts.get(c.source());
            if (text == null) {
                reader.problem(file, entry, "source '" + c.source() + "' is not a seed document");
                continue;
            }
            if (c.quote() == null || c.quote().isBlank()) {
                reader.problem(file, entry, "a citation of " + c.source() + " has no quote");
                continue;
            }
            int at = text.indexOf(c.quote());
            if (at < 0) {
                reader.problem(file, entry, "quote '" + c.quote() + "' does not occur verbatim in " + c.source());
                continue;
            }
            if (c.section() == null || c.section().isBlank()) {
                reader.problem(file, entry, "the citation of " + c.source() + " names no section");
                continue;
            }
            int heading = text.lastIndexOf(c.section(), at);
            if (heading < 0) {
                reader.problem(
                        file, entry, "section '" + c.section() + "' is not written before the quote in " + c.source());
                continue;
            }
            checked.add(new Citation(c.source(), c.section(), c.quote(), lineOf(text, at)));
        }
        return checked;
    }

    /** The distinct source ids of the citations, in order. */
    @SafeVarargs
    public static List<String> sources(Collection<Citation>... citations) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (Collection<Citation> list : citations) {
            if (list != null) {
                list.forEach(c -> ids.add(c.source()));
            }
        }
        return List.copyOf(ids);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
