package ai.landscape.api;

/**
 * A list operation of the API: its operationId, the list it serves and, for a nested list such as {@code
 * /organizations/{id}/models}, the filter its path parameter sets and the collection that must hold that id (else 404).
 *
 * @param operationId the operationId of the resource method that serves it
 * @param spec the list
 * @param pathFilter the filter the path parameter {@code id} sets, or null
 * @param parent the collection that holds the path's id, or null
 */
public record ListOperation(
        String operationId, ListSpec<?, ?> spec, String pathFilter, CollectionDeclaration<?, ?> parent) {

    /** The list of a collection. */
    public static ListOperation of(CollectionDeclaration<?, ?> collection) {
        return new ListOperation(collection.listOperationId(), collection.list(), null, null);
    }

    /** A list under a record of {@code parent}, whose id sets {@code pathFilter}. */
    public static ListOperation nested(
            String operationId, ListSpec<?, ?> spec, String pathFilter, CollectionDeclaration<?, ?> parent) {
        return new ListOperation(operationId, spec, pathFilter, parent);
    }

    /** The list as callers see it: without the filter the path sets. */
    public ListSpec<?, ?> publicSpec() {
        return pathFilter == null ? spec : spec.without(pathFilter);
    }
}
