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
