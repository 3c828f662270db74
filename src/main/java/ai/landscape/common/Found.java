package ai.landscape.common;

import java.util.function.Function;

/** The one way a detail endpoint answers: the record as its DTO, or a 404 problem. */
public final class Found {

    private Found() {}

    public static <E, D> D orNotFound(E entity, String collection, String id, Function<E, D> mapper) {
        if (entity == null) {
            throw ProblemException.notFound(collection, id);
        }
        return mapper.apply(entity);
    }
}
