package ai.landscape.api;

import ai.landscape.vocabulary.Coded;
import ai.landscape.vocabulary.Label;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A field a list can count its matches by.
 *
 * @param field the name of the field (the value of {@code facet=})
 * @param expression the SQL expression of one value; for a text[] column, {@code unnest(column)}
 * @param labels the labels of the values counted
 */
public record Facet(String field, String expression, Labels labels) {

    /**
     * The labels of a facet's values, asked for the values a count found (in the transaction of the request, so that
     * labels read from records come from the same snapshot). A value without a label is labelled with itself.
     */
    @FunctionalInterface
    public interface Labels {
        Map<String, Label> of(Collection<String> values);
    }

    /** A facet over a text column holding codes of a vocabulary. */
    public static <E extends Enum<E> & Coded> Facet code(String field, String column, Class<E> vocabulary) {
        return labelled(field, column, labelsOf(vocabulary));
    }

    /** A facet over a text[] column holding codes of a vocabulary. */
    public static <E extends Enum<E> & Coded> Facet codeIn(String field, String arrayColumn, Class<E> vocabulary) {
        return labelled(field, "unnest(" + arrayColumn + ")", labelsOf(vocabulary));
    }

    /** A facet whose values have fixed labels. */
    public static Facet labelled(String field, String expression, Map<String, Label> labels) {
        Map<String, Label> fixed = Map.copyOf(labels);
        return new Facet(field, expression, values -> fixed);
    }

    /** A facet over ids of another collection, labelled with what that collection says of them. */
    public static Facet linked(String field, String expression, Labels labels) {
        return new Facet(field, expression, labels);
    }

    private static <E extends Enum<E> & Coded> Map<String, Label> labelsOf(Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants())
                .collect(Collectors.toMap(Enum::name, Coded::label, (a, b) -> a, LinkedHashMap::new));
    }
}
