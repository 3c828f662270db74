package ai.landscape.api;

import ai.landscape.seed.SearchDocument;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeededCollection;
import ai.landscape.vocabulary.Coded;
import ai.landscape.vocabulary.Label;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A collection of the API as its feature package declares it, once: its list (entity, DTO mapper, filters, sorts,
 * facets), its seed loader, the collections it links to, whether /search finds its records, and the vocabularies its
 * records use. The rest of the service derives from the declared set: meta counts, the export, the load transaction,
 * the list registry, the collections vocabulary, /search and the OpenAPI document.
 *
 * @param <E> the entity of a record
 * @param <D> the DTO the API returns for it
 */
public final class CollectionDeclaration<E, D> implements SeededCollection {

    /** What /search shows of a record and matches: its names, and the normalised search text of its table. */
    public record SearchNames(
            String id, String name, String nameEn, String nameZh, List<String> aliases, String searchText) {}

    private final ListSpec<E, D> list;
    private final Label label;
    private final String noun;
    private final int position;
    private final SeedLoader loader;
    private final List<String> links;
    private final Map<String, Function<E, Collection<String>>> linkedIds;
    private final Function<E, SearchNames> search;
    private final List<Class<? extends Coded>> vocabularies;
    private final boolean listedInMeta;

    private CollectionDeclaration(Builder<E, D> b) {
        this.list = b.list;
        this.label = Objects.requireNonNull(b.label, "label");
        this.noun = Objects.requireNonNull(b.noun, "noun");
        this.position = b.position;
        this.loader = b.loader;
        this.links = b.links.stream()
                .filter(c -> !c.equals(name())) // a record linking to one of its own collection loads with it
                .toList();
        this.linkedIds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.linkedIds));
        this.search = b.search;
        this.vocabularies = List.copyOf(b.vocabularies);
        this.listedInMeta = b.listedInMeta;
    }

    /** Starts the declaration of the collection listed by {@code list}; its path is the list's name. */
    public static <E, D> Builder<E, D> of(ListSpec<E, D> list) {
        return new Builder<>(list);
    }

    /** The path of the collection under /api/v1: organizations, sota-models, ... */
    public String path() {
        return list.name();
    }

    /** Its name in counts, the export and operation ids: the path in camelCase (sota-models: sotaModels). */
    @Override
    public String name() {
        StringBuilder camel = new StringBuilder();
        for (String part : path().split("-")) {
            camel.append(camel.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return camel.toString();
    }

    /** Its code in the collections vocabulary: the path in UPPER_SNAKE (sota-models: SOTA_MODELS). */
    public String code() {
        return path().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The operationId of its list: list + the name (listSotaModels). */
    public String listOperationId() {
        return "list" + Character.toUpperCase(name().charAt(0)) + name().substring(1);
    }

    public ListSpec<E, D> list() {
        return list;
    }

    /** Its Chinese and English label in the collections vocabulary. */
    public Label label() {
        return label;
    }

    /** What one record is called in messages: "no sota model has the id 'x'". */
    public String noun() {
        return noun;
    }

    /** Its place in the order of the API (meta counts, the export, the vocabularies): lower first. */
    public int position() {
        return position;
    }

    public boolean searchable() {
        return search != null;
    }

    public List<Class<? extends Coded>> vocabularies() {
        return vocabularies;
    }

    /** Whether /meta lists every record of it (the seed documents), beside the counts. */
    public boolean listedInMeta() {
        return listedInMeta;
    }

    @Override
    public Class<?> entity() {
        return list.entity();
    }

    @Override
    public Optional<SeedLoader> loader() {
        return Optional.ofNullable(loader);
    }

    @Override
    public List<String> loadedAfter() {
        return links;
    }

    @Override
    public Map<String, Collection<String>> linked(Object record) {
        E e = list.entity().cast(record);
        Map<String, Collection<String>> ids = new LinkedHashMap<>();
        linkedIds.forEach((collection, of) -> {
            Collection<String> linked = of.apply(e);
            ids.put(collection, linked == null ? List.of() : linked);
        });
        return ids;
    }

    @Override
    public Optional<String> searchedTable() {
        return list.searchable() ? Optional.of(list.table()) : Optional.empty();
    }

    @Override
    public Optional<SearchDocument> searchDocument(Object record) {
        if (search == null) {
            return Optional.empty();
        }
        SearchNames n = search.apply(list.entity().cast(record));
        return Optional.of(new SearchDocument(
                code(), n.id(), n.name(), n.nameEn(), n.nameZh(), n.aliases(), n.searchText(), List.of()));
    }

    public static final class Builder<E, D> {
        private final ListSpec<E, D> list;
        private Label label;
        private String noun;
        private int position;
        private SeedLoader loader;
        private final LinkedHashSet<String> links = new LinkedHashSet<>();
        private final Map<String, Function<E, Collection<String>>> linkedIds = new LinkedHashMap<>();
        private Function<E, SearchNames> search;
        private List<Class<? extends Coded>> vocabularies = List.of();
        private boolean listedInMeta;

        private Builder(ListSpec<E, D> list) {
            this.list = list;
        }

        /** The Chinese and English label of the collection. */
        public Builder<E, D> label(String zh, String en) {
            this.label = new Label(zh, en);
            return this;
        }

        /** What one record is called in messages, in lower case. */
        public Builder<E, D> noun(String noun) {
            this.noun = noun;
            return this;
        }

        /** Its place in the order of the API. */
        public Builder<E, D> position(int position) {
            this.position = position;
            return this;
        }

        /** Reads its records from seed-data; without it, the loader of a linked collection adds them. */
        public Builder<E, D> loader(SeedLoader loader) {
            this.loader = loader;
            return this;
        }

        /** The collections (by name) its records link to or its loader reads: loaded before it. */
        public Builder<E, D> links(String... collections) {
            this.links.addAll(List.of(collections));
            return this;
        }

        /**
         * A collection (by name) its records link to, and the ids a record links to: loaded before it, and /search and
         * q find a record by the names of the records it links to.
         */
        public Builder<E, D> linksTo(String collection, Function<E, Collection<String>> ids) {
            this.links.add(collection);
            this.linkedIds.put(collection, ids);
            return this;
        }

        /** /search finds its records by these names. */
        public Builder<E, D> searchable(Function<E, SearchNames> names) {
            this.search = names;
            return this;
        }

        /** The code lists its records and filters use, served by /vocabularies. */
        @SafeVarargs
        public final Builder<E, D> vocabularies(Class<? extends Coded>... vocabularies) {
            this.vocabularies = List.of(vocabularies);
            return this;
        }

        /** /meta lists every record of it, beside the counts. */
        public Builder<E, D> listedInMeta() {
            this.listedInMeta = true;
            return this;
        }

        public CollectionDeclaration<E, D> build() {
            return new CollectionDeclaration<>(this);
        }
    }
}
