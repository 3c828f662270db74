package ai.landscape.api;

import ai.landscape.seed.SeededCollections;
import ai.landscape.vocabulary.Code;
import ai.landscape.vocabulary.Coded;
import ai.landscape.vocabulary.Label;
import io.quarkus.arc.All;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;

/**
 * The declared set: every collection and list operation the feature packages declare, in the order of the API. What
 * spans collections is derived from here (meta counts, the export, the load, the list registry, the collections
 * vocabulary, /search, the OpenAPI document), so that a new collection is declared in its own package only.
 */
@Singleton
public class Catalog implements SeededCollections {

    /** The name of the collections vocabulary: its key in /vocabularies and its schema in the OpenAPI document. */
    public static final String COLLECTIONS = "collections";

    public static final String COLLECTION_SCHEMA = "Collection";

    private final List<CollectionDeclaration<?, ?>> collections;
    private final Map<String, ListOperation> lists;
    private final Map<Method, Optional<ListOperation>> byMethod = new ConcurrentHashMap<>();

    @Inject
    public Catalog(@All List<Declaration> declarations) {
        this.collections = declarations.stream()
                .flatMap(d -> d.collections().stream())
                .sorted(Comparator.comparingInt((CollectionDeclaration<?, ?> c) -> c.position())
                        .thenComparing(CollectionDeclaration::path))
                .toList();
        Map<String, ListOperation> byId = new LinkedHashMap<>();
        collections.forEach(c -> add(byId, ListOperation.of(c)));
        declarations.stream()
                .sorted(Comparator.comparing(d -> d.getClass().getName()))
                .forEach(d -> d.lists(this).forEach(op -> add(byId, op)));
        this.lists = Map.copyOf(byId);
    }

    /** The catalog of the declarations an index holds (at build time, where there is no CDI). */
    public static Catalog fromIndex(IndexView index, ClassLoader loader) {
        List<Declaration> declarations = new ArrayList<>();
        for (ClassInfo c : index.getAllKnownImplementations(Declaration.class)) {
            if (c.isAbstract() || c.isInterface()) {
                continue;
            }
            try {
                declarations.add((Declaration) Class.forName(c.name().toString(), true, loader)
                        .getDeclaredConstructor()
                        .newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot instantiate the declaration " + c.name(), e);
            }
        }
        return new Catalog(declarations);
    }

    private static void add(Map<String, ListOperation> byId, ListOperation op) {
        if (byId.put(op.operationId(), op) != null) {
            throw new IllegalStateException("two list operations are declared as " + op.operationId());
        }
    }

    /** Every collection, in the order of the API. */
    public List<CollectionDeclaration<?, ?>> collections() {
        return collections;
    }

    @Override
    public List<CollectionDeclaration<?, ?>> seeded() {
        return collections;
    }

    /** The collections /search finds records of. */
    public List<CollectionDeclaration<?, ?>> searchable() {
        return collections.stream().filter(CollectionDeclaration::searchable).toList();
    }

    /** The searchable collection with this code. */
    public Optional<CollectionDeclaration<?, ?>> byCode(String code) {
        return collections.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Every list operation by its operationId. */
    public Map<String, ListOperation> lists() {
        return lists;
    }

    /** The list operation a resource method serves (by its {@code @Operation}), read once per method. */
    public Optional<ListOperation> listOf(Method method) {
        return byMethod.computeIfAbsent(method, m -> {
            Operation op = m.getAnnotation(Operation.class);
            return op == null ? Optional.empty() : Optional.ofNullable(lists.get(op.operationId()));
        });
    }

    /**
     * Every code list by its key in /vocabularies: those the collections use, in the order of the API, then the
     * searchable collections.
     */
    public Map<String, List<Code>> vocabularies() {
        Set<Class<? extends Coded>> classes = new LinkedHashSet<>();
        collections.forEach(c -> classes.addAll(c.vocabularies()));
        Map<String, List<Code>> all = new LinkedHashMap<>();
        for (Class<? extends Coded> vocabulary : classes) {
            all.put(
                    key(vocabulary),
                    Arrays.stream(vocabulary.getEnumConstants())
                            .map(v -> new Code(v.name(), v.label()))
                            .toList());
        }
        all.put(
                COLLECTIONS,
                searchable().stream().map(c -> new Code(c.code(), c.label())).toList());
        return all;
    }

    /** The key of a vocabulary: its name in lowerCamelCase, plural (SotaType: sotaTypes, Capability: capabilities). */
    static String key(Class<?> vocabulary) {
        String name = vocabulary.getSimpleName();
        String camel = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        return camel.endsWith("y") ? camel.substring(0, camel.length() - 1) + "ies" : camel + "s";
    }

    /** A filter on a column holding collection codes: one of the searchable collections. */
    public Filter collectionFilter(String parameter, String column, String description) {
        List<String> codes =
                searchable().stream().map(CollectionDeclaration::code).toList();
        return Filter.codes(parameter, column, codes, COLLECTION_SCHEMA, description);
    }

    /** A facet over a column holding collection codes, labelled with the collections' labels. */
    public Facet collectionFacet(String field, String column) {
        Map<String, Label> labels = new LinkedHashMap<>();
        searchable().forEach(c -> labels.put(c.code(), c.label()));
        return Facet.labelled(field, column, labels);
    }
}
