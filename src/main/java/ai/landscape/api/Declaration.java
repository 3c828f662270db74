package ai.landscape.api;

import java.util.List;

/**
 * What a feature package declares to the rest of the service: its collections and list operations. Each implementation
 * is a CDI bean ({@code @Singleton}) with a public no-argument constructor and no injected state: the running service
 * finds them through CDI, the build (which completes the OpenAPI document) through the Jandex index; both build the
 * same {@link Catalog} from them.
 */
public interface Declaration {

    /** The collections of the package (usually one); each gets its list operation, listCollectionName. */
    default List<CollectionDeclaration<?, ?>> collections() {
        return List.of();
    }

    /** Further list operations (a nested list, /search), which may depend on the whole catalog. */
    default List<ListOperation> lists(Catalog catalog) {
        return List.of();
    }
}
