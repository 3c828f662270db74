package ai.landscape.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The one normalisation used on both sides of a search: NFKC, then lower case. */
public final class SearchText {

    private SearchText() {}

    /** NFKC (full-width letters and punctuation become half-width) and lower case. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * Where a record's search text goes on from its own names to the names of the records it links to: a line that no
     * search text can match (q may not hold control characters), so that q finds a record through its links too.
     */
    public static final String LINKED = "\n\u001f\n";

    /** The part of a search text that holds the record's own names. */
    public static String own(String searchText) {
        int at = searchText.indexOf(LINKED);
        return at < 0 ? searchText : searchText.substring(0, at);
    }

    /** The searchable text of a record: its names and aliases, normalised, one per line. */
    public static String of(Stream<String> names) {
        return names.filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .map(SearchText::normalise)
                .distinct()
                .collect(Collectors.joining("\n"));
    }

    /** Whether a text writes one of the names, both sides normalised (letter case and full-width forms aside). */
    public static boolean names(String text, Stream<String> names) {
        String normalised = normalise(text);
        return names.filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .map(SearchText::normalise)
                .anyMatch(normalised::contains);
    }
}
