package ai.landscape.api;

import ai.landscape.common.Found;
import ai.landscape.common.Problem;
import ai.landscape.common.ProblemException;
import ai.landscape.common.SearchText;
import ai.landscape.meta.DatasetVersions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import ai.landscape.vocabulary.Label;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lists any collection described by a {@link ListSpec}: validates the query parameters, binds
 * the typed filters (a repeated parameter ORs, different ones AND), searches, sorts, pages with
 * opaque tokens and counts facets, all in PostgreSQL.
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

    @Inject
    EntityManager em;

    @Inject
    DatasetVersions versions;

    /** The validated request of one list call. */
    record Request(
            List<String> conditions,
            Map<String, Object> binds,
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
        long total = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM " + spec.table() + where), r.binds()).getSingleResult()).longValue();
        Query items = bind(em.createNativeQuery(
                        "SELECT * FROM " + spec.table() + where + " ORDER BY " + r.orderBy() + " LIMIT :limit OFFSET :offset",
                        spec.entity()),
                r.binds());
        items.setParameter("limit", r.pageSize());
        items.setParameter("offset", r.offset());
        @SuppressWarnings("unchecked")
        List<E> rows = items.getResultList();
        List<D> dtos = rows.stream().map(spec.mappers().apply(query)).toList();
        int next = r.offset() + rows.size();
        String token = next < total ? PageToken.encode(next, r.queryHash(), r.version()) : null;
        Map<String, List<FacetValue>> facets = null;
        if (!r.facets().isEmpty()) {
            facets = new LinkedHashMap<>();
            for (String field : r.facets()) {
                facets.put(field, facet(spec.table(), where, r.binds(), spec.facets().get(field)));
            }
        }
        return new Page<>(dtos, total, token, facets);
    }

    /** Every match of a list, validated now and read later by {@link #stream}. */
    public record Selection<E, D>(ListSpec<E, D> spec, Function<E, D> mapper, String where, Map<String, Object> binds, String orderBy) {}

    /**
     * Validates the query of a list read as a whole (CSV, NDJSON, export): the filters, q and sort
     * of the JSON list; paging and facets do not apply.
     */
    public <E, D> Selection<E, D> select(ListSpec<E, D> spec, MultivaluedMap<String, String> query, Map<String, String> fixed) {
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
            Query q = bind(em.createNativeQuery("SELECT * FROM " + s.spec().table() + s.where() + " ORDER BY " + s.orderBy(), s.spec().entity()), s.binds());
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

    /** Whether a record of a table has this id (for the parent of a nested list). */
    @Transactional
    public boolean exists(String table, String id) {
        return !em.createNativeQuery("SELECT 1 FROM " + table + " WHERE id = :id").setParameter("id", id).getResultList().isEmpty();
    }

    private static String where(Request r) {
        return r.conditions().isEmpty() ? "" : " WHERE " + String.join(" AND ", r.conditions());
    }

    private List<FacetValue> facet(String table, String where, Map<String, Object> binds, Facet facet) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT v, count(*) AS n FROM (SELECT " + facet.expression() + " AS v FROM "
                        + table + where + ") f WHERE v IS NOT NULL GROUP BY v ORDER BY n DESC, v"), binds)
                .getResultList();
        Map<String, Label> organizations = facet.labels() == null ? organizationLabels() : Map.of();
        List<FacetValue> values = new ArrayList<>();
        for (Object[] row : rows) {
            String value = (String) row[0];
            Label label = facet.labels() == null ? organizations.getOrDefault(value, new Label(null, value)) : facet.labels().apply(value);
            values.add(new FacetValue(value, label, ((Number) row[1]).longValue()));
        }
        return values;
    }

    private Map<String, Label> organizationLabels() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name_zh, name_en FROM organization").getResultList();
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
    static Request parse(ListSpec<?, ?> spec, MultivaluedMap<String, String> query, Map<String, String> fixed, String version, boolean paged) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> allowed = spec.parameters().stream().filter(p -> !fixed.containsKey(p)).toList();
        for (String name : query.keySet()) {
            if (!allowed.contains(name)) {
                errors.add(error(name, "unknown parameter; this list takes " + String.join(", ", allowed)));
            } else if (!paged && WHOLE_LIST_EXCLUDES.contains(name)) {
                errors.add(error(name, "does not apply: CSV and NDJSON hold every match, without pages or facets"));
            }
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> binds = new LinkedHashMap<>();
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
                    binds.put(bindName, filter.type() == Filter.Type.BOOLEAN ? Boolean.valueOf(value)
                            : filter.type() == Filter.Type.INTEGER ? (Object) Long.valueOf(value) : value);
                }
                conditions.add(filter.condition().apply(names));
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
                    binds.put("q", "%" + normalised.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
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
        for (String f : query.getOrDefault("facet", List.of()).stream().limit(MAX_VALUES).toList()) {
            if (!spec.facets().containsKey(f)) {
                errors.add(error("facet", "'" + f + "' is not one of " + String.join(", ", spec.facets().keySet())));
            } else if (!facets.contains(f)) {
                facets.add(f);
            }
        }
        int pageSize = DEFAULT_PAGE_SIZE;
        if (query.containsKey("pageSize")) {
            String s = single(query, "pageSize", errors);
            if (s != null && (!INTEGER.matcher(s).matches() || Long.parseLong(s) < 1 || Long.parseLong(s) > MAX_PAGE_SIZE)) {
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
        return new Request(conditions, binds, orderBy, facets, pageSize, offset, hash, version);
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
                    errors.add(error("sort", "'" + field + "' is not one of " + String.join(", ", spec.sorts().keySet())
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
                        + errors.stream().map(e -> e.parameter() + ": " + e.detail()).collect(Collectors.joining("; "));
        return new ProblemException(new Problem(Problem.type("INVALID_PARAMETER"), "Invalid query parameter", 400, detail, "INVALID_PARAMETER", List.copyOf(errors)));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
