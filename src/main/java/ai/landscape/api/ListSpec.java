package ai.landscape.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a list is queried: its table, its entity and mapper, its filters, sort fields and facets. Everything else
 * (envelope, paging, sort parsing, filter binding, facets, validation, search) is the list engine's.
 *
 * @param name the list's name in the API, the path of its collection (organizations, sota-models, ...)
 * @param table the SQL table
 * @param entity the mapped entity class of a row
 * @param dto the record type the API returns
 * @param mappers entity to DTO, given the query parameters (search says what matched the query's q)
 * @param filters the filters by parameter name
 * @param sorts the sort fields by name; {@code id} is always there and breaks ties
 * @param facets the facets by field
 * @param searchable whether {@code q} searches the {@code search_text} column
 * @param queryRequired whether {@code q} must be given
 * @param defaultSort the sort field of a request without {@code sort} (before {@code id}), or null for {@code id} alone
 */
public record ListSpec<E, D>(
        String name,
        String table,
        Class<E> entity,
        Class<D> dto,
        Function<Map<String, List<String>>, Function<E, D>> mappers,
        Map<String, Filter> filters,
        Map<String, SortField> sorts,
        Map<String, Facet> facets,
        boolean searchable,
        boolean queryRequired,
        String defaultSort) {

    /** The sort field that orders by how well a record matches q. */
    public static final String RELEVANCE = "relevance";

    /**
     * How well a record matches q, best first: one of its own names is q (0), starts with q (1), contains q (2), or q
     * is found only in the names of the records it links to (3). It reads the table's {@code own_names} column (the
     * lines of {@code search_text} before {@link ai.landscape.common.SearchText#LINKED}, computed by the database when
     * a row is written) with LIKE patterns only, and binds {@link Selection#relevanceBinds}.
     */
    static final SortField RELEVANCE_FIELD = new SortField(
            // most matches contain q without a name starting with it: they are told apart first, with two patterns
            "CASE WHEN NOT (own_names LIKE :qstart ESCAPE '\\' OR own_names LIKE :qlinestart ESCAPE '\\')"
                    + " THEN CASE WHEN own_names LIKE :qcontains ESCAPE '\\' THEN 2 ELSE 3 END"
                    + " WHEN own_names = :qexact OR own_names LIKE :qfirstline ESCAPE '\\'"
                    + " OR own_names LIKE :qlastline ESCAPE '\\' OR own_names LIKE :qline ESCAPE '\\' THEN 0"
                    + " ELSE 1 END",
            false);

    /**
     * A sort field: the SQL expression it orders by, and whether that is text, compared by code point (COLLATE "C"),
     * the same on every PostgreSQL whatever its locale.
     */
    public record SortField(String expression, boolean text, String description) {

        public SortField(String expression, boolean text) {
            this(expression, text, null);
        }

        /** The expression as ORDER BY takes it. */
        public String sql() {
            return text ? expression + " COLLATE \"C\"" : expression;
        }
    }

    public static <E, D> Builder<E, D> of(
            String name, String table, Class<E> entity, Class<D> dto, Function<E, D> mapper) {
        return new Builder<>(name, table, entity, dto, query -> mapper);
    }

    /** A spec whose DTOs depend on the query. */
    public static <E, D> Builder<E, D> ofQuery(
            String name,
            String table,
            Class<E> entity,
            Class<D> dto,
            Function<Map<String, List<String>>, Function<E, D>> mappers) {
        return new Builder<>(name, table, entity, dto, mappers);
    }

    /** The mapper of a request with these query parameters. */
    public Function<E, D> mapper(Map<String, List<String>> query) {
        return mappers.apply(query);
    }

    /** The spec without a filter (and its facet) that the caller cannot change: a path parameter sets it. */
    public ListSpec<E, D> without(String filter) {
        Map<String, Filter> fewer = new LinkedHashMap<>(filters);
        fewer.remove(filter);
        Map<String, Facet> facetsLeft = new LinkedHashMap<>(facets);
        facetsLeft.remove(filter);
        return new ListSpec<>(
                name,
                table,
                entity,
                dto,
                mappers,
                frozen(fewer),
                sorts,
                frozen(facetsLeft),
                searchable,
                queryRequired,
                defaultSort);
    }

    /** The query parameters a list of this spec accepts. */
    public List<String> parameters() {
        List<String> names = new ArrayList<>(filters.keySet());
        if (searchable) {
            names.add("q");
        }
        names.addAll(List.of("sort", "facet", "pageSize", "pageToken", "format"));
        return names;
    }

    public static final class Builder<E, D> {
        private final String name;
        private final String table;
        private final Class<E> entity;
        private final Class<D> dto;
        private final Function<Map<String, List<String>>, Function<E, D>> mappers;
        private final Map<String, Filter> filters = new LinkedHashMap<>();
        private final Map<String, SortField> sorts = new LinkedHashMap<>();
        private final Map<String, Facet> facets = new LinkedHashMap<>();
        private boolean searchable;
        private boolean queryRequired;
        private String defaultSort;

        private Builder(
                String name,
                String table,
                Class<E> entity,
                Class<D> dto,
                Function<Map<String, List<String>>, Function<E, D>> mappers) {
            this.name = name;
            this.table = table;
            this.entity = entity;
            this.dto = dto;
            this.mappers = mappers;
            sort("id", "id");
            sort("name", "name");
            sorts.put("nameEn", new SortField("lower(name_en)", true));
        }

        public Builder<E, D> filter(Filter filter) {
            filters.put(filter.parameter(), filter);
            return this;
        }

        /** A sort field on a text column, in code-point order. */
        public Builder<E, D> sort(String field, String column) {
            sorts.put(field, new SortField(column, true));
            return this;
        }

        /** A sort field on a numeric column. */
        public Builder<E, D> sortNumber(String field, String column) {
            sorts.put(field, new SortField(column, false));
            return this;
        }

        /** A sort field on a numeric column, with what it orders by when that needs saying (the spec shows it). */
        public Builder<E, D> sortNumber(String field, String column, String description) {
            sorts.put(field, new SortField(column, false, description));
            return this;
        }

        /** Removes the name sorts, for collections without names. */
        public Builder<E, D> unnamed() {
            sorts.remove("name");
            sorts.remove("nameEn");
            return this;
        }

        public Builder<E, D> facet(Facet facet) {
            facets.put(facet.field(), facet);
            return this;
        }

        public Builder<E, D> searchable() {
            searchable = true;
            return this;
        }

        /** Searchable, and q must be given. */
        public Builder<E, D> searchRequired() {
            searchable = true;
            queryRequired = true;
            return this;
        }

        /** q must be given, and the list is sorted by relevance unless the request says otherwise. */
        public Builder<E, D> sortedByRelevance() {
            searchRequired();
            sorts.put(RELEVANCE, RELEVANCE_FIELD);
            defaultSort = RELEVANCE;
            return this;
        }

        public ListSpec<E, D> build() {
            return new ListSpec<>(
                    name,
                    table,
                    entity,
                    dto,
                    mappers,
                    frozen(filters),
                    frozen(sorts),
                    frozen(facets),
                    searchable,
                    queryRequired,
                    defaultSort);
        }
    }

    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
