package ai.landscape.api;

import ai.landscape.vocabulary.Coded;
import java.util.Arrays;
import java.util.List;

/**
 * A typed filter of a list: a query parameter, the type of its values, the column it tests and
 * how. Repeating the parameter ORs its values; different filters AND. The same test is written
 * as SQL ({@link #condition}) and in Java ({@link #matches}), for counting from the per-load
 * counts of the filter columns' values (see {@link ListEngine}).
 *
 * @param parameter the query parameter
 * @param type the kind of values it takes
 * @param values the allowed values (codes of a vocabulary), empty when any value of the type goes
 * @param vocabulary the name of the vocabulary's schema in the spec, for codes; else null
 * @param repeatable whether the parameter may be given several times
 * @param column the column tested
 * @param match how a value of the column matches the given values
 * @param description what it selects, for the spec
 */
public record Filter(
        String parameter,
        Type type,
        List<String> values,
        String vocabulary,
        boolean repeatable,
        String column,
        Match match,
        String description) {

    public enum Type {
        CODE,
        ID,
        BOOLEAN,
        INTEGER
    }

    /** How a column value matches the values of the parameter; a null column never matches. */
    public enum Match {
        /** equal to one of them */
        EQUALS,
        /** an array holding one of them */
        OVERLAPS,
        /** at least the (single) value */
        AT_LEAST,
        /** at most the (single) value */
        AT_MOST
    }

    /** The SQL condition, given the bound parameter names of the values. */
    public String condition(List<String> names) {
        String in = String.join(", ", names.stream().map(n -> ":" + n).toList());
        return switch (match) {
            case EQUALS -> names.size() == 1 ? column + " = " + in : column + " IN (" + in + ")";
            case OVERLAPS -> column + " && ARRAY[" + in + "]::text[]";
            case AT_LEAST -> column + " >= " + in;
            case AT_MOST -> column + " <= " + in;
        };
    }

    /** The same test as {@link #condition}, on a value of the column as JDBC returns it. */
    public boolean matches(Object cell, List<Object> given) {
        if (cell == null) {
            return false;
        }
        return switch (match) {
            case EQUALS -> given.contains(cell);
            case OVERLAPS -> elements(cell).stream().anyMatch(given::contains);
            case AT_LEAST -> ((Number) cell).longValue() >= ((Number) given.get(0)).longValue();
            case AT_MOST -> ((Number) cell).longValue() <= ((Number) given.get(0)).longValue();
        };
    }

    private static List<?> elements(Object array) {
        if (array instanceof Object[] a) {
            return Arrays.asList(a);
        }
        if (array instanceof java.util.Collection<?> c) {
            return List.copyOf(c);
        }
        if (array instanceof java.sql.Array a) {
            try {
                return Arrays.asList((Object[]) a.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("not an array: " + array.getClass());
    }

    private static List<String> codes(Class<? extends Enum<?>> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList();
    }

    /** A code of a vocabulary matching a text column. */
    public static <E extends Enum<E> & Coded> Filter code(
            String parameter, String column, Class<E> vocabulary, String description) {
        return codes(parameter, column, codes(vocabulary), vocabulary.getSimpleName(), description);
    }

    /** One of the given codes, the values of the vocabulary whose schema is {@code vocabulary}, on a text column. */
    public static Filter codes(
            String parameter, String column, List<String> values, String vocabulary, String description) {
        return new Filter(parameter, Type.CODE, values, vocabulary, true, column, Match.EQUALS, description);
    }

    /** A code of a vocabulary, any of which a text[] column holds. */
    public static <E extends Enum<E> & Coded> Filter codeIn(
            String parameter, String arrayColumn, Class<E> vocabulary, String description) {
        return new Filter(
                parameter,
                Type.CODE,
                codes(vocabulary),
                vocabulary.getSimpleName(),
                true,
                arrayColumn,
                Match.OVERLAPS,
                description);
    }

    /** A record id matching a text column. */
    public static Filter id(String parameter, String column, String description) {
        return new Filter(parameter, Type.ID, List.of(), null, true, column, Match.EQUALS, description);
    }

    /** A record id, any of which a text[] column holds. */
    public static Filter idIn(String parameter, String arrayColumn, String description) {
        return new Filter(parameter, Type.ID, List.of(), null, true, arrayColumn, Match.OVERLAPS, description);
    }

    public static Filter bool(String parameter, String column, String description) {
        return new Filter(
                parameter, Type.BOOLEAN, List.of("true", "false"), null, false, column, Match.EQUALS, description);
    }

    /** A lower bound (inclusive) on a bigint column; records without a value do not match. */
    public static Filter atLeast(String parameter, String column, String description) {
        return new Filter(parameter, Type.INTEGER, List.of(), null, false, column, Match.AT_LEAST, description);
    }

    /** An upper bound (inclusive) on a bigint column; records without a value do not match. */
    public static Filter atMost(String parameter, String column, String description) {
        return new Filter(parameter, Type.INTEGER, List.of(), null, false, column, Match.AT_MOST, description);
    }
}
