package ai.landscape.api;

import ai.landscape.vocabulary.Coded;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A typed filter of a list: a query parameter, the type of its values, and the SQL condition it
 * adds. Repeating the parameter ORs its values; different filters AND.
 *
 * @param parameter the query parameter
 * @param type the kind of values it takes
 * @param values the allowed values (codes of a vocabulary), empty when any value of the type goes
 * @param vocabulary the name of the vocabulary's schema in the spec, for codes; else null
 * @param repeatable whether the parameter may be given several times
 * @param condition the SQL condition, given the list of bound parameter names of its values
 * @param description what it selects, for the spec
 */
public record Filter(
        String parameter,
        Type type,
        List<String> values,
        String vocabulary,
        boolean repeatable,
        Function<List<String>, String> condition,
        String description) {

    public enum Type {
        CODE,
        ID,
        BOOLEAN,
        INTEGER
    }

    private static String in(List<String> names) {
        return String.join(", ", names.stream().map(n -> ":" + n).toList());
    }

    private static List<String> codes(Class<? extends Enum<?>> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList();
    }

    /** A code of a vocabulary matching a text column. */
    public static <E extends Enum<E> & Coded> Filter code(String parameter, String column, Class<E> vocabulary, String description) {
        return new Filter(parameter, Type.CODE, codes(vocabulary), vocabulary.getSimpleName(), true, n -> column + " IN (" + in(n) + ")", description);
    }

    /** A code of a vocabulary, any of which a text[] column holds. */
    public static <E extends Enum<E> & Coded> Filter codeIn(String parameter, String arrayColumn, Class<E> vocabulary, String description) {
        return new Filter(parameter, Type.CODE, codes(vocabulary), vocabulary.getSimpleName(), true, n -> arrayColumn + " && ARRAY[" + in(n) + "]::text[]", description);
    }

    /** A record id matching a text column. */
    public static Filter id(String parameter, String column, String description) {
        return new Filter(parameter, Type.ID, List.of(), null, true, n -> column + " IN (" + in(n) + ")", description);
    }

    /** A record id, any of which a text[] column holds. */
    public static Filter idIn(String parameter, String arrayColumn, String description) {
        return new Filter(parameter, Type.ID, List.of(), null, true, n -> arrayColumn + " && ARRAY[" + in(n) + "]::text[]", description);
    }

    public static Filter bool(String parameter, String column, String description) {
        return new Filter(parameter, Type.BOOLEAN, List.of("true", "false"), null, false, n -> column + " = " + in(n), description);
    }

    /** A lower bound (inclusive) on a bigint column; records without a value do not match. */
    public static Filter atLeast(String parameter, String column, String description) {
        return new Filter(parameter, Type.INTEGER, List.of(), null, false, n -> column + " >= " + in(n), description);
    }

    /** An upper bound (inclusive) on a bigint column; records without a value do not match. */
    public static Filter atMost(String parameter, String column, String description) {
        return new Filter(parameter, Type.INTEGER, List.of(), null, false, n -> column + " <= " + in(n), description);
    }
}
