package ai.landscape.api;

import static ai.landscape.api.ListQuery.DEFAULT_PAGE_SIZE;
import static ai.landscape.api.ListQuery.MAX_PAGE_SIZE;
import static ai.landscape.api.ListQuery.MAX_QUERY_LENGTH;
import static ai.landscape.api.ListQuery.MAX_VALUES;

import ai.landscape.api.ListQuery.FilterValues;
import ai.landscape.api.ListQuery.SortTerm;
import ai.landscape.api.ListSpec.SortField;
import ai.landscape.common.Hashing;
import ai.landscape.common.Ids;
import ai.landscape.common.Problem.FieldError;
import ai.landscape.common.ProblemException;
import ai.landscape.common.SearchText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Validates the query parameters of a list and structures them into a {@link ListQuery}, collecting everything wrong
 * into one 400 problem. Pure: no database, no framework.
 */
public final class ListQueryParser {

    private static final Pattern INTEGER = Pattern.compile("\\d{1,18}");
    /** The largest whole number a filter takes (18 digits). */
    static final long MAX_INTEGER = 999_999_999_999_999_999L;
    /** Parameters of a JSON page that a whole list (CSV, NDJSON) does not take. */
    private static final Set<String> PAGE_ONLY = Set.of("pageSize", "pageToken", "facet");

    private final ListSpec<?, ?> spec;
    private final Map<String, List<String>> query;
    private final List<FieldError> errors = new ArrayList<>();
    /** The parameters that select and order the records, canonically: what a page token binds to. */
    private final Map<String, List<String>> canonical = new TreeMap<>();

    private ListQueryParser(ListSpec<?, ?> spec, Map<String, List<String>> query) {
        this.spec = spec;
        this.query = query;
    }

    /**
     * Parses the query of a list. {@code fixed} sets filters from path parameters (not query parameters then);
     * {@code paged}: a JSON page, else every match is read (CSV, NDJSON) and paging and facets do not apply.
     */
    public static ListQuery parse(
            ListSpec<?, ?> spec, Map<String, List<String>> query, Map<String, String> fixed, boolean paged) {
        return new ListQueryParser(spec, query).parse(fixed, paged);
    }

    private ListQuery parse(Map<String, String> fixed, boolean paged) {
        List<String> allowed =
                spec.parameters().stream().filter(p -> !fixed.containsKey(p)).toList();
        for (String name : query.keySet()) {
            if (!allowed.contains(name)) {
                error(name, "unknown parameter; this list takes " + String.join(", ", allowed));
            } else if (!paged && PAGE_ONLY.contains(name)) {
                error(name, "does not apply: CSV and NDJSON hold every match, without pages or facets");
            }
        }
        List<FilterValues> filters = filters(fixed);
        String search = search();
        List<SortTerm> sort = sort();
        List<String> facets = facets();
        int pageSize = pageSize();
        String hash = Hashing.base64Url(12, spec.name(), canonical.toString());
        PageToken.Decoded token =
                query.containsKey("pageToken") ? PageToken.decode(single("pageToken"), hash, errors) : null;
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new ListQuery(
                filters,
                search,
                sort,
                facets,
                pageSize,
                token == null ? 0 : token.offset(),
                hash,
                token == null ? null : token.version());
    }

    private List<FilterValues> filters(Map<String, String> fixed) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        fixed.forEach((k, v) -> given.put(k, List.of(v)));
        for (String name : spec.filters().keySet()) {
            if (!fixed.containsKey(name) && query.containsKey(name)) {
                given.put(name, query.get(name));
            }
        }
        List<FilterValues> filters = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            Filter filter = spec.filters().get(e.getKey());
            List<String> values = e.getValue();
            if (valid(filter, values)) {
                filters.add(new FilterValues(
                        filter, values.stream().map(v -> typed(filter, v)).toList()));
                canonical.put(filter.parameter(), values.stream().sorted().toList());
            }
        }
        return filters;
    }

    private static Object typed(Filter filter, String value) {
        return switch (filter.type()) {
            case BOOLEAN -> Boolean.valueOf(value);
            case INTEGER -> Long.valueOf(value);
            case CODE, ID -> value;
        };
    }

    private boolean valid(Filter filter, List<String> values) {
        int before = errors.size();
        String p = filter.parameter();
        if (!filter.repeatable() && values.size() > 1) {
            error(p, "give it once");
        } else if (values.size() > MAX_VALUES) {
            error(p, "is given " + values.size() + " times; at most " + MAX_VALUES);
            return false;
        }
        for (String v : values) {
            String wrong = switch (filter.type()) {
                case CODE, BOOLEAN ->
                    filter.values().contains(v) ? null : "is not one of " + String.join(", ", filter.values());
                case ID ->
                    v.length() > Ids.MAX_LENGTH
                            ? "is longer than " + Ids.MAX_LENGTH + " characters"
                            : Ids.isId(v) ? null : "is not an id (lower-case letters, digits and '-')";
                case INTEGER ->
                    INTEGER.matcher(v).matches() ? null : "is not a whole number from 0 to 999999999999999999";
            };
            if (wrong != null) {
                error(p, "'" + v + "' " + wrong);
            }
        }
        return errors.size() == before;
    }

    private String search() {
        if (spec.queryRequired() && !query.containsKey("q")) {
            error("q", "is required");
        }
        if (!spec.searchable() || !query.containsKey("q")) {
            return null;
        }
        String q = single("q");
        if (q == null) {
            return null;
        }
        String normalised = SearchText.normalise(q.strip());
        if (normalised.isEmpty()) {
            error("q", "must not be empty");
        } else if (q.codePoints().anyMatch(Character::isISOControl)) {
            error("q", "must not contain control characters");
        } else if (q.codePointCount(0, q.length()) > MAX_QUERY_LENGTH) {
            error("q", "is longer than " + MAX_QUERY_LENGTH + " characters");
        } else {
            canonical.put("q", List.of(normalised));
            return normalised;
        }
        return null;
    }

    private List<SortTerm> sort() {
        List<SortTerm> terms = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        String sort = query.containsKey("sort") ? single("sort") : null;
        if (sort != null) {
            for (String part : sort.split(",", -1)) {
                boolean descending = part.startsWith("-");
                String field = descending ? part.substring(1) : part;
                SortField sortField = spec.sorts().get(field);
                if (sortField == null) {
                    error(
                            "sort",
                            "'" + field + "' is not one of "
                                    + String.join(", ", spec.sorts().keySet())
                                    + " (prefix '-' for descending, separate fields with ',')");
                } else if (!fields.add(field)) {
                    error("sort", "'" + field + "' is given twice");
                } else {
                    terms.add(new SortTerm(field, sortField, descending, true));
                }
            }
        }
        if (sort == null && spec.defaultSort() != null) {
            fields.add(spec.defaultSort());
            terms.add(new SortTerm(spec.defaultSort(), spec.sorts().get(spec.defaultSort()), false, false));
        }
        if (!fields.contains("id")) {
            terms.add(new SortTerm("id", spec.sorts().get("id"), false, false));
        }
        canonical.put(
                "sort",
                terms.stream().map(t -> (t.descending() ? "-" : "") + t.field()).toList());
        return terms;
    }

    private List<String> facets() {
        List<String> given = query.getOrDefault("facet", List.of());
        if (given.size() > MAX_VALUES) {
            error("facet", "is given " + given.size() + " times; at most " + MAX_VALUES);
        }
        List<String> facets = new ArrayList<>();
        for (String f : given.stream().limit(MAX_VALUES).toList()) {
            if (!spec.facets().containsKey(f)) {
                error(
                        "facet",
                        "'" + f + "' is not one of "
                                + String.join(", ", spec.facets().keySet()));
            } else if (!facets.contains(f)) {
                facets.add(f);
            }
        }
        return facets;
    }

    private int pageSize() {
        String s = query.containsKey("pageSize") ? single("pageSize") : null;
        if (s == null) {
            return DEFAULT_PAGE_SIZE;
        }
        if (!INTEGER.matcher(s).matches() || Long.parseLong(s) < 1 || Long.parseLong(s) > MAX_PAGE_SIZE) {
            error("pageSize", "'" + s + "' is not a whole number from 1 to " + MAX_PAGE_SIZE);
            return DEFAULT_PAGE_SIZE;
        }
        return Integer.parseInt(s);
    }

    /** The one value of a parameter, or null after an error when it is repeated. */
    private String single(String name) {
        List<String> values = query.get(name);
        if (values.size() > 1) {
            error(name, "give it once");
            return null;
        }
        return values.get(0);
    }

    private void error(String parameter, String detail) {
        errors.add(new FieldError(parameter, null, detail));
    }
}
