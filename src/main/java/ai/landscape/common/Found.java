package ai.landscape.common;

import java.util.function.Function;
import java.util.regex.Pattern;

/** The one way a detail endpoint answers: the record as its DTO, or a 404 problem. */
public final class Found {

    /** What every id of the dataset looks like: lower-case kebab-case. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Found() {}

    /**
     * The record with this id as its DTO. An id that no record can have (not kebab-case: control
     * characters, spaces, anything hostile) is a 404 without asking the database.
     */
    public static <E, D> D byId(String id, Function<String, E> finder, String collection, Function<E, D> mapper) {
        E entity = id != null && ID.matcher(id).matches() ? finder.apply(id) : null;
        if (entity == null) {
            throw ProblemException.notFound(collection, id);
        }
        return mapper.apply(entity);
    }
}
