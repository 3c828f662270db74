package ai.landscape.api;

import ai.landscape.common.Found;
import ai.landscape.common.Problem;
import ai.landscape.common.ProblemException;
import ai.landscape.common.SearchText;
import ai.landscape.meta.DatasetVersions;
import ai.landscape.vocabulary.Label;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * Lists any collection described by a {@link ListSpec}: validates the query parameters, binds
 * the typed filters (a repeated parameter ORs, different ones AND), searches, sorts, pages with
 * opaque tokens and counts facets, all in PostgreSQL.
 *
 * <p>The total and the facets of a selection depend on its filters and on the loaded dataset
 * only, not on the page or the sort: they are counted once per dataset load and kept, so that
 * paging through a large selection or re-sorting it reads one page of rows, not every match.
 */
@ApplicationScoped
public class ListEngine {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;
    public static final int MAX_QUERY_LENGTH = 200;
    /** How many values one parameter may be repeated with. */
    public static final int MAX_VALUES = 50;

    private static final Pattern INTEGER = Pattern.compile("\\d{1,18}");

    /** Parameters of a JSON page that a whole-list representation does not take. */
    private static final Set<String> WHOLE_LIST_EXCLUDES = Set.of("pageSize", "pageToken", "facet");

    private static final int STREAM_FETCH_SIZE = 500;
    /** Up to how many combinations of filter values a list's totals are counted from. */
    private static final int MAX_GROUPS = 20_000;
    /** The plan settings turned off to read a page by reading and sorting its matches, or by a walk. */
    private static final String READ_AND_SORT = "enable_indexscan";

    private static final String WALK = "enable_bitmapscan";
    /** Up to how many matches a page is sorted from all of them, when the table's size is unknown. */
    private static final long FEW_MATCHES = 5_000;
    /** The same for a search (q), whose matches correlate with the sort orders. */
    private static final long SEARCH_MATCHES_SORTED = 50_000;

    /** Totals and facet counts of selections, keyed by the dataset load and the selection. */
    private final Cache<String, Object> aggregates =
            Caffeine.newBuilder().maximumSize(10_000).build();

    @Inject
    EntityManager em;

    @Inject
    DatasetVersions versions;

    /** The validated request of one list call. */
    record Request(
            List<String> conditions,
            Map<String, Object> binds,
            Map<Filter, List<Object>> filterValues,
            boolean searched,
            String orderBy,
            List<String> facets,
            int pageSize,
            int offset,
            String queryHash,
            String version) {}

    /**
     * Lists the records of {@code spec} selected by the query parameters; {@code fixed} sets
     * filters from path parameters (those filters are not query parameters then).
     */
    @Transactional
    public <E, D> Page<D> list(ListSpec<E, D> spec, MultivaluedMap<String, String> query, Map<String, String> fixed) {
        Request r = parse(spec, query, fixed, versions.require(), true);
        String where = where(r);
        String loaded = loaded();
        String selection = loaded + "|" + spec.table() + where + r.binds();
        Long total = (Long) aggregates.getIfPresent(selection);
        if (total == null) { // not computed in the cache's loader: count may load the groups into it
            total = count(spec, r, where, loaded);
            aggregates.put(selection, total);
        }
        // the page: rows [offset, offset + pageSize) of the selection in its order
        String pageWhere = where;
        Map<String, Object> pageBinds = r.binds();
        long offset = r.offset();
        Seek seek = r.searched() ? null : seek(spec, r, loaded);
        String plan;
        if (seek != null) {
            pageWhere = where + (where.isEmpty() ? " WHERE " : " AND ") + seek.condition();
            pageBinds = new LinkedHashMap<>(r.binds());
            pageBinds.putAll(seek.binds());
            offset -= seek.before();
            plan = plan(offset + r.pageSize(), seek.rows(), seek.matches());
        } else if (r.searched()) {
            plan = total <= SEARCH_MATCHES_SORTED ? READ_AND_SORT : null;
        } else {
            Optional<Groups> groups = groups(spec, loaded);
            plan = groups.isEmpty()
                    ? (total <= FEW_MATCHES ? READ_AND_SORT : null)
                    : plan(offset + r.pageSize(), groups.get().total(), total);
        }
        List<E> rows = List.of();
        if (r.offset() < total) {
            boolean planned = plan != null && !pageWhere.isEmpty();
            if (planned) {
                em.createNativeQuery("SET LOCAL " + plan + " = off").executeUpdate();
            }
            Query items = bind(
                    em.createNativeQuery(
                            "SELECT * FROM " + spec.table() + pageWhere + " ORDER BY " + r.orderBy()
                                    + " LIMIT :limit OFFSET :offset",
                            spec.entity()),
                    pageBinds);
            items.setHint(HibernateHints.HINT_READ_ONLY, true); // no snapshots for dirty checking
            items.setParameter("limit", r.pageSize());
            items.setParameter("offset", offset);
            @SuppressWarnings("unchecked")
            List<E> page = items.getResultList();
            rows = page;
            if (planned && !r.facets().isEmpty()) { // the facet queries plan for themselves
                em.createNativeQuery("SET LOCAL " + plan + " = on").executeUpdate();
            }
        }
        List<D> dtos = rows.stream().map(spec.mappers().apply(query)).toList();
        int next = r.offset() + rows.size();
        String token = next < total ? PageToken.encode(next, r.queryHash(), r.version()) : null;
        Map<String, List<FacetValue>> facets = null;
        if (!r.facets().isEmpty()) {
            facets = new LinkedHashMap<>();
            for (String field : r.facets()) {
                @SuppressWarnings("unchecked")
                List<FacetValue> values = (List<FacetValue>) aggregates.get(
                        selection + "|facet=" + field,
                        k -> facet(spec.table(), where, r.binds(), spec.facets().get(field)));
                facets.put(field, values);
            }
        }
        return new Page<>(dtos, total, token, facets);
    }

    /** Every match of a list, validated now and read later by {@link #stream}. */
    public record Selection<E, D>(
            ListSpec<E, D> spec, Function<E, D> mapper, String where, Map<String, Object> binds, String orderBy) {}

    /**
     * Validates the query of a list read as a whole (CSV, NDJSON, export): the filters, q and sort
     * of the JSON list; paging and facets do not apply.
     */
    public <E, D> Selection<E, D> select(
            ListSpec<E, D> spec, MultivaluedMap<String, String> query, Map<String, String> fixed) {
        Request r = parse(spec, query, fixed, versions.require(), false);
        return new Selection<>(spec, spec.mappers().apply(query), where(r), r.binds(), r.orderBy());
    }

    /**
     * Reads every record of a selection in its order, in a read transaction (the caller's, if it
     * has one), handing each DTO to {@code sink} as the database cursor yields it: the result is
     * never held in memory.
     */
    public <E, D> void stream(Selection<E, D> s, Consumer<D> sink) {
        QuarkusTransaction.joiningExisting().run(() -> {
            Query q = bind(
                    em.createNativeQuery(
                            "SELECT * FROM " + s.spec().table() + s.where() + " ORDER BY " + s.orderBy(),
                            s.spec().entity()),
                    s.binds());
            q.setHint(HibernateHints.HINT_FETCH_SIZE, STREAM_FETCH_SIZE);
            q.setHint(HibernateHints.HINT_READ_ONLY, true);
            @SuppressWarnings("unchecked")
            Stream<E> rows = q.getResultStream();
            try (rows) {
                int n = 0;
                for (Iterator<E> it = rows.iterator(); it.hasNext(); ) {
                    sink.accept(s.mapper().apply(it.next()));
                    if (++n % STREAM_FETCH_SIZE == 0) {
                        em.clear();
                    }
                }
            }
        });
    }

    /**
     * How many records a selection holds: from the counts of the filter columns' values when it has
     * no q and they are few, otherwise with a count of the matching rows.
     */
    private long count(ListSpec<?, ?> spec, Request r, String where, String loaded) {
        Optional<Groups> groups = r.searched() ? Optional.empty() : groups(spec, loaded);
        if (groups.isPresent()) {
            return groups.get().rows().stream()
                    .filter(g -> groups.get().selected(g, r))
                    .mapToLong(groups.get()::count)
                    .sum();
        }
        return ((Number) bind(em.createNativeQuery("SELECT count(*) FROM " + spec.table() + where), r.binds())
                        .getSingleResult())
                .longValue();
    }

    /**
     * The number of records with each combination of values of a list's filter columns, read once
     * per dataset load: a row holds one value per filter, in {@code filters} order, then the count.
     *
     * @param total the number of records of the list
     */
    record Groups(List<Filter> filters, List<Object[]> rows, long total) {

        static Groups of(List<Filter> filters, List<Object[]> rows) {
            return new Groups(
                    filters,
                    rows,
                    rows.stream()
                            .mapToLong(g -> ((Number) g[filters.size()]).longValue())
                            .sum());
        }

        long count(Object[] group) {
            return ((Number) group[filters.size()]).longValue();
        }

        /** Whether the records of a group match every filter of a request. */
        boolean selected(Object[] group, Request r) {
            return r.filterValues().entrySet().stream()
                    .allMatch(e -> e.getKey().matches(group[filters.indexOf(e.getKey())], e.getValue()));
        }
    }

    /**
     * How to read a filtered page, from the exact number of matches (the planner's estimate of it
     * is off when filters correlate): walking the sort index until the page is full reads about
     * {@code end * rows / matches} rows; reading every match through the filter indexes and
     * sorting them reads the matches. The cheaper of the two is chosen.
     */
    private static String plan(long end, long rows, long matches) {
        return (double) end * rows / Math.max(matches, 1) > matches ? READ_AND_SORT : WALK;
    }

    /**
     * A page narrowed to the values of its first sort column that it spans: the condition, the
     * number of matches before them, and the rows and matches that hold those values.
     */
    record Seek(String condition, Map<String, Object> binds, long before, long rows, long matches) {}

    /**
     * When a list is sorted first by a column that is also a filter column (e.g. organization), the
     * value counts tell which values of it the page spans and how many records come before them:
     * the page query then reads those values only. Otherwise the sort index would be walked from
     * the start, and the values of such a column correlate with the other filters (an organization
     * makes a few kinds of application), so the walk may read most of the table before a match.
     */
    private Seek seek(ListSpec<?, ?> spec, Request r, String loaded) {
        String first = r.orderBy().split(", ")[0];
        List<Filter> filters = List.copyOf(spec.filters().values());
        for (int i = 0; i < filters.size(); i++) {
            Filter f = filters.get(i);
            if (f.match() != Filter.Match.EQUALS || !first.startsWith(f.column() + " COLLATE \"C\" ")) {
                continue;
            }
            Optional<Groups> groups = groups(spec, loaded);
            if (groups.isEmpty()) {
                return null;
            }
            Map<String, Long> counts = new HashMap<>();
            Map<String, Long> rows = new HashMap<>();
            for (Object[] g : groups.get().rows()) {
                long n = groups.get().count(g);
                rows.merge((String) g[i], n, Long::sum);
                if (groups.get().selected(g, r)) {
                    counts.merge((String) g[i], n, Long::sum);
                }
            }
            Comparator<String> order = first.contains(" DESC") ? Comparator.reverseOrder() : Comparator.naturalOrder();
            List<String> values =
                    counts.keySet().stream().sorted(Comparator.nullsLast(order)).toList();
            long before = 0;
            long seen = 0;
            List<String> spanned = new ArrayList<>();
            for (String v : values) {
                long n = counts.get(v);
                if (seen + n <= r.offset()) {
                    before += n;
                } else if (seen < r.offset() + r.pageSize()) {
                    spanned.add(v);
                }
                seen += n;
            }
            if (spanned.isEmpty()) {
                return null;
            }
            Map<String, Object> binds = new LinkedHashMap<>();
            List<String> terms = new ArrayList<>();
            for (String v : spanned) {
                if (v == null) {
                    terms.add(f.column() + " IS NULL");
                } else {
                    binds.put("s" + binds.size(), v);
                }
            }
            if (!binds.isEmpty()) { // in the sort's collation, so that the sort index finds them
                terms.add(f.column() + " COLLATE \"C\" IN ("
                        + String.join(
                                ", ", binds.keySet().stream().map(b -> ":" + b).toList()) + ")");
            }
            return new Seek(
                    "(" + String.join(" OR ", terms) + ")",
                    binds,
                    before,
                    spanned.stream().mapToLong(rows::get).sum(),
                    spanned.stream().mapToLong(counts::get).sum());
        }
        return null;
    }

    /**
     * The number of records with each combination of values of the filter columns (one query per
     * dataset load), or empty when there are more than {@link #MAX_GROUPS} combinations.
     */
    @SuppressWarnings("unchecked")
    private Optional<Groups> groups(ListSpec<?, ?> spec, String loaded) {
        return (Optional<Groups>) aggregates.get(loaded + "|" + spec.table() + "|groups", k -> readGroups(spec));
    }

    private Optional<Groups> readGroups(ListSpec<?, ?> spec) {
        List<Filter> filters = List.copyOf(spec.filters().values());
        List<String> columns = filters.stream().map(Filter::column).toList();
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        String list = String.join(", ", columns);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + list + ", count(*) FROM " + spec.table() + " GROUP BY "
                        + list + " LIMIT " + (MAX_GROUPS + 1))
                .getResultList();
        return rows.size() > MAX_GROUPS ? Optional.empty() : Optional.of(Groups.of(filters, rows));
    }

    /**
     * Which dataset load this transaction reads (its first query, so that the counts kept under
     * it come from the same snapshot): the version and the load time.
     */
    private String loaded() {
        Object key = em.createNativeQuery("SELECT version || '@' || loaded_at FROM dataset").getResultList().stream()
                .findFirst()
                .orElse("");
        return (String) key;
    }

    /** Whether a record of a table has this id (for the parent of a nested list). */
    @Transactional
    public boolean exists(String table, String id) {
        return !em.createNativeQuery("SELECT 1 FROM " + table + " WHERE id = :id")
                .setParameter("id", id)
                .getResultList()
                .isEmpty();
    }

    private static String where(Request r) {
        return r.conditions().isEmpty() ? "" : " WHERE " + String.join(" AND ", r.conditions());
    }

    private List<FacetValue> facet(String table, String where, Map<String, Object> binds, Facet facet) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(
                        em.createNativeQuery(
                                "SELECT v, count(*) AS n FROM (SELECT " + facet.expression() + " AS v FROM " + table
                                        + where + ") f WHERE v IS NOT NULL GROUP BY v ORDER BY n DESC, v"),
                        binds)
                .getResultList();
        Map<String, Label> organizations = facet.labels() == null ? organizationLabels() : Map.of();
        List<FacetValue> values = new ArrayList<>();
        for (Object[] row : rows) {
            String value = (String) row[0];
            Label label = facet.labels() == null
                    ? organizations.getOrDefault(value, new Label(null, value))
                    : facet.labels().apply(value);
            values.add(new FacetValue(value, label, ((Number) row[1]).longValue()));
        }
        return values;
    }

    private Map<String, Label> organizationLabels() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name_zh, name_en FROM organization")
                .getResultList();
        Map<String, Label> labels = new HashMap<>();
        for (Object[] row : rows) {
            labels.put((String) row[0], new Label((String) row[1], (String) row[2]));
        }
        return labels;
    }

    private static Query bind(Query q, Map<String, Object> binds) {
        binds.forEach(q::setParameter);
        return q;
    }

    /**
     * Validates every parameter, collecting all that is wrong into one 400 problem. {@code paged}:
     * a JSON page; otherwise every match is read (CSV, NDJSON) and paging and facets do not apply.
     */
    static Request parse(
            ListSpec<?, ?> spec,
            MultivaluedMap<String, String> query,
            Map<String, String> fixed,
            String version,
            boolean paged) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> allowed =
                spec.parameters().stream().filter(p -> !fixed.containsKey(p)).toList();
        for (String name : query.keySet()) {
            if (!allowed.contains(name)) {
                errors.add(error(name, "unknown parameter; this list takes " + String.join(", ", allowed)));
            } else if (!paged && WHOLE_LIST_EXCLUDES.contains(name)) {
                errors.add(error(name, "does not apply: CSV and NDJSON hold every match, without pages or facets"));
            }
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> binds = new LinkedHashMap<>();
        Map<Filter, List<Object>> filterValues = new LinkedHashMap<>();
        Map<String, List<String>> canonical = new TreeMap<>();
        Map<String, List<String>> given = new LinkedHashMap<>();
        fixed.forEach((k, v) -> given.put(k, List.of(v)));
        for (String name : spec.filters().keySet()) {
            if (!fixed.containsKey(name) && query.containsKey(name)) {
                given.put(name, query.get(name));
            }
        }
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            Filter filter = spec.filters().get(e.getKey());
            List<String> values = e.getValue();
            List<String> names = new ArrayList<>();
            boolean ok = checkFilter(filter, values, errors);
            if (ok) {
                for (String value : values) {
                    String bindName = "p" + binds.size();
                    names.add(bindName);
                    binds.put(
                            bindName,
                            filter.type() == Filter.Type.BOOLEAN
                                    ? Boolean.valueOf(value)
                                    : filter.type() == Filter.Type.INTEGER ? (Object) Long.valueOf(value) : value);
                }
                conditions.add(filter.condition(names));
                filterValues.put(filter, names.stream().map(binds::get).toList());
                canonical.put(filter.parameter(), values.stream().sorted().toList());
            }
        }
        if (spec.queryRequired() && !query.containsKey("q")) {
            errors.add(error("q", "is required"));
        }
        if (spec.searchable() && query.containsKey("q")) {
            String q = single(query, "q", errors);
            if (q != null) {
                String normalised = SearchText.normalise(q.strip());
                if (normalised.isEmpty()) {
                    errors.add(error("q", "must not be empty"));
                } else if (q.codePoints().anyMatch(Character::isISOControl)) {
                    errors.add(error("q", "must not contain control characters"));
                } else if (q.length() > MAX_QUERY_LENGTH) {
                    errors.add(error("q", "is longer than " + MAX_QUERY_LENGTH + " characters"));
                } else {
                    binds.put(
                            "q",
                            "%"
                                    + normalised
                                            .replace("\\", "\\\\")
                                            .replace("%", "\\%")
                                            .replace("_", "\\_") + "%");
                    conditions.add("search_text LIKE :q ESCAPE '\\'");
                    canonical.put("q", List.of(normalised));
                }
            }
        }
        String orderBy = orderBy(spec, query.containsKey("sort") ? single(query, "sort", errors) : null, errors);
        canonical.put("sort", List.of(orderBy));
        List<String> facets = new ArrayList<>();
        if (query.getOrDefault("facet", List.of()).size() > MAX_VALUES) {
            errors.add(error("facet", "is given " + query.get("facet").size() + " times; at most " + MAX_VALUES));
        }
        for (String f : query.getOrDefault("facet", List.of()).stream()
                .limit(MAX_VALUES)
                .toList()) {
            if (!spec.facets().containsKey(f)) {
                errors.add(error(
                        "facet",
                        "'" + f + "' is not one of "
                                + String.join(", ", spec.facets().keySet())));
            } else if (!facets.contains(f)) {
                facets.add(f);
            }
        }
        int pageSize = DEFAULT_PAGE_SIZE;
        if (query.containsKey("pageSize")) {
            String s = single(query, "pageSize", errors);
            if (s != null
                    && (!INTEGER.matcher(s).matches() || Long.parseLong(s) < 1 || Long.parseLong(s) > MAX_PAGE_SIZE)) {
                errors.add(error("pageSize", "'" + s + "' is not a whole number from 1 to " + MAX_PAGE_SIZE));
            } else if (s != null) {
                pageSize = Integer.parseInt(s);
            }
        }
        String hash = hash(spec.name() + canonical);
        int offset = 0;
        if (query.containsKey("pageToken")) {
            String token = single(query, "pageToken", errors);
            if (token != null) {
                Integer o = PageToken.decode(token, hash, version, errors);
                offset = o == null ? 0 : o;
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new Request(
                conditions,
                binds,
                filterValues,
                binds.containsKey("q"),
                orderBy,
                facets,
                pageSize,
                offset,
                hash,
                version);
    }

    private static boolean checkFilter(Filter filter, List<String> values, List<Problem.FieldError> errors) {
        int before = errors.size();
        String p = filter.parameter();
        if (!filter.repeatable() && values.size() > 1) {
            errors.add(error(p, "give it once"));
        } else if (values.size() > MAX_VALUES) {
            errors.add(error(p, "is given " + values.size() + " times; at most " + MAX_VALUES));
            return false;
        }
        for (String v : values) {
            switch (filter.type()) {
                case CODE, BOOLEAN -> {
                    if (!filter.values().contains(v)) {
                        errors.add(error(p, "'" + v + "' is not one of " + String.join(", ", filter.values())));
                    }
                }
                case ID -> {
                    if (!Found.ID.matcher(v).matches()) {
                        errors.add(error(p, "'" + v + "' is not an id (lower-case letters, digits and '-')"));
                    }
                }
                case INTEGER -> {
                    if (!INTEGER.matcher(v).matches()) {
                        errors.add(error(p, "'" + v + "' is not a whole number from 0 to 999999999999999999"));
                    }
                }
            }
        }
        return errors.size() == before;
    }

    private static String orderBy(ListSpec<?, ?> spec, String sort, List<Problem.FieldError> errors) {
        List<String> terms = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        if (sort != null) {
            for (String part : sort.split(",", -1)) {
                String field = part.startsWith("-") ? part.substring(1) : part;
                String expression = spec.sorts().get(field);
                if (expression == null) {
                    errors.add(error(
                            "sort",
                            "'" + field + "' is not one of "
                                    + String.join(", ", spec.sorts().keySet())
                                    + " (prefix '-' for descending, separate fields with ',')"));
                } else if (!fields.add(field)) {
                    errors.add(error("sort", "'" + field + "' is given twice"));
                } else {
                    terms.add(expression + (part.startsWith("-") ? " DESC" : " ASC") + " NULLS LAST");
                }
            }
        }
        if (!fields.contains("id")) {
            terms.add(spec.sorts().get("id") + " ASC");
        }
        return String.join(", ", terms);
    }

    static String single(MultivaluedMap<String, String> query, String name, List<Problem.FieldError> errors) {
        List<String> values = query.get(name);
        if (values.size() > 1) {
            errors.add(error(name, "give it once"));
            return null;
        }
        return values.get(0);
    }

    static Problem.FieldError error(String parameter, String detail) {
        return new Problem.FieldError(parameter, null, detail);
    }

    /** A 400 problem for the parameters at fault. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).parameter() + ": " + errors.get(0).detail()
                : errors.size() + " query parameters are invalid: "
                        + errors.stream()
                                .map(e -> e.parameter() + ": " + e.detail())
                                .collect(Collectors.joining("; "));
        return new ProblemException(new Problem(
                Problem.type("INVALID_PARAMETER"),
                "Invalid query parameter",
                400,
                detail,
                "INVALID_PARAMETER",
                List.copyOf(errors)));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
