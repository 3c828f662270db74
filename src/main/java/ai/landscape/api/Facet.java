package ai.landscape.api;

import ai.landscape.vocabulary.Coded;
import ai.landscape.vocabulary.Label;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A field a list can count its matches by.
 *
 * @param field the name of the field (the value of {@code facet=})
 * @param expression the SQL expression of one value; for a text[] column, {@code unnest(column)}
 * @param labels the label of a value, or null when it has none
 */
public record Facet(String field, String expression, Function<String, Label> labels) {

    /** A facet over a text column holding codes of a vocabulary. */
    public static <E extends Enum<E> & Coded> Facet code(String field, String column, Class<E> vocabulary) {
        return new Facet(field, column, labelsOf(vocabulary));
    }

    /** A facet over a text[] column holding codes of a vocabulary. */
    public static <E extends Enum<E> & Coded> Facet codeIn(String field, String arrayColumn, Class<E> vocabulary) {
        return new Facet(field, "unnest(" + arrayColumn + ")", labelsOf(vocabulary));
    }

    /** A facet over a column of organization ids, labelled with the organizations' names. */
    public static Facet organization(String field, String expression) {
        return new Facet(field, expression, null);
    }

    private static <E extends Enum<E> & Coded> Function<String, Label> labelsOf(Class<E> vocabulary) {
        Map<String, Label> labels =
                Arrays.stream(vocabulary.getEnumConstants()).collect(Collectors.toMap(Enum::name, Coded::label));
        return labels::get;
    }
}
