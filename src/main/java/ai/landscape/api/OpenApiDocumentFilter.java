package ai.landscape.api;

import ai.landscape.common.Ids;
import ai.landscape.common.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.IndexView;

/**
 * Completes the OpenAPI document from the code's own declarations, so that the two cannot
 * disagree: the query parameters of every list operation come from its {@link ListSpec}, every
 * operation gets the problem responses of the one error path, and each success response the
 * example recorded from the real data in {@code openapi-examples/<operationId>.json}. It runs at
 * build time: the document is finished before the service starts.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiDocumentFilter implements OASFilter {

    /** The build has no CDI: the examples are read with a plain mapper (they are only parsed, never written). */
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String ACCESS_CONTROL_ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final String CSV = "Csv";
    private static final String NDJSON = "Ndjson";
    /** The headers every response of the API may carry, declared once in components/headers. */
    private static final List<String> HEADERS = List.of(
            RateLimit.LIMIT, RateLimit.REMAINING, RateLimit.RESET, RateLimit.POLICY, ACCESS_CONTROL_ALLOW_ORIGIN);

    private static final Map<String, String[]> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put(
                "400",
                new String[] {"INVALID_PARAMETER", "Invalid query parameter", "region: 'EU' is not one of US, CN"});
        PROBLEMS.put("404", new String[] {"NOT_FOUND", "Not found", "no organization has the id 'acme'"});
        PROBLEMS.put("406", new String[] {
            "NOT_ACCEPTABLE", "Not acceptable", "this resource is available as application/json; ask for it in Accept"
        });
        PROBLEMS.put(
                "414",
                new String[] {"URI_TOO_LONG", "URI too long", "the request line is longer than 4096 characters"});
        PROBLEMS.put("429", new String[] {
            "RATE_LIMITED",
            "Too many requests",
            "this client has used its quota of 1000 requests per 60 s that the response cache does not answer; retry in 3 s"
        });
        PROBLEMS.put("431", new String[] {
            "HEADERS_TOO_LARGE", "Request header fields too large", "the headers hold more than 8192 bytes"
        });
        PROBLEMS.put("500", new String[] {
            "INTERNAL_ERROR",
            "Internal error",
            "the request could not be served; reference 5f0c8e2a-0d7e-4c51-9d1a-2f7f3b1d2c44"
        });
        PROBLEMS.put("503", new String[] {
            "DATABASE_UNAVAILABLE", "Service unavailable", "the database does not answer; try again shortly"
        });
    }

    private static final Map<String, String> PROBLEM_DESCRIPTIONS = Map.of(
            "400",
                    "A query parameter is unknown, repeated where it may not be, or has a bad value; errors[] names each one",
            "404", "No record has this id, or no resource is at this path",
            "406", "The Accept header asks for a representation this operation does not have",
            "414", "The request line is longer than 4096 characters",
            "429",
                    "This client has used its quota of requests that the response cache does not answer: by default 1000 a "
                            + "minute, refilled continuously, per client address (behind a trusted proxy, the address it "
                            + "forwards); a deployment may set another (landscape.rate-limit.*), which RateLimit-Policy states. "
                            + "Responses answered from the cache are not counted. Retry after Retry-After seconds; the refused "
                            + "request changed nothing",
            "431", "The request headers hold more than 8192 bytes",
            "500", "The request could not be served",
            "503", "No dataset is loaded yet, or the database does not answer; retry later");

    /** Properties a DTO omits when they have no value; all others are always present (maybe null). */
    private static final Set<String> OMITTED_WHEN_EMPTY = Set.of("nextPageToken", "facets");

    private final Catalog catalog;

    /** Built by SmallRye at build time with the application's index, where it finds the declarations. */
    public OpenApiDocumentFilter(IndexView index) {
        this.catalog = Catalog.fromIndex(index, OpenApiDocumentFilter.class.getClassLoader());
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setRequired(schema.getProperties().keySet().stream()
                        .filter(p -> !OMITTED_WHEN_EMPTY.contains(p))
                        .toList());
            }
        });
        CatalogSchemas.complete(components, catalog);
        wholeListSchemas(components);
        Map<String, Schema> sorted = new LinkedHashMap<>();
        components.getSchemas().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.put("Problem", problemSchema());
        sorted.forEach((name, schema) -> {
            if (name.startsWith("Page") && schema.getProperties().containsKey("nextPageToken")) {
                pageBounds(schema.getProperties());
            }
        });
        components.setSchemas(sorted);
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                ListOperation list = catalog.lists().get(operation.getOperationId());
                if (list != null) {
                    listParameters(list.publicSpec()).forEach(operation::addParameter);
                    wholeListRepresentations(operation);
                }
                example(operation);
                caching(operation.getResponses());
                problems(operation.getResponses());
                operation
                        .getResponses()
                        .getAPIResponses()
                        .values()
                        .forEach(r -> HEADERS.forEach(name ->
                                r.addHeader(name, OASFactory.createHeader().ref(name))));
                pathIdBounds(operation);
            }
        }
        components.setHeaders(headers());
        // One server, relative: Swagger UI's "Try it out" calls the host and port the page came from, wherever the
        // service runs; generated clients are given their base URL. The API is public: not for an internal audience.
        openAPI.setServers(List.of(OASFactory.createServer().url("/").addExtension("x-internal", false)));
    }

    private static Map<String, Header> headers() {
        String sent =
                "; sent while rate limiting is on (landscape.rate-limit.enabled, the default), on every response of the "
                        + "API, those answered from the response cache included (draft-ietf-httpapi-ratelimit-headers-06)";
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put(
                RateLimit.LIMIT,
                header(
                        integer("int64", 1, RateLimit.MAX_LIMIT),
                        "The requests this client may make that the response cache does not answer, per window of "
                                + "RateLimit-Policy" + sent));
        headers.put(
                RateLimit.REMAINING,
                header(
                        integer("int64", 0, RateLimit.MAX_LIMIT),
                        "How many of them this client has left now (this request counted when the cache did not "
                                + "answer it)" + sent));
        headers.put(
                RateLimit.RESET,
                header(
                        integer("int32", 0, RateLimit.MAX_PERIOD_SECONDS),
                        "Seconds until this client's quota is whole again; it refills continuously" + sent));
        headers.put(
                RateLimit.POLICY,
                header(
                        string().pattern(RateLimit.POLICY_PATTERN).maxLength(RateLimit.POLICY_MAX_LENGTH),
                        "The quota and its window in seconds, e.g. 1000;w=60" + sent));
        headers.put(
                RateLimit.RETRY_AFTER,
                header(
                        integer("int32", 1, RateLimit.MAX_PERIOD_SECONDS),
                        "Seconds until this client's next request that the cache does not answer is accepted"));
        headers.put(
                HttpCaching.DATASET_VERSION,
                header(
                        string().pattern(HttpCaching.DATASET_VERSION_PATTERN).maxLength(64),
                        "The version of the dataset this response was read from: the datasetVersion of /api/v1/meta"
                                + " for that dataset; its body, totals, page token and ETag all come from it. Behind a"
                                + " load balancer, instances switch to a new load within about a second of each other,"
                                + " and each response names its own"));
        headers.put(
                ACCESS_CONTROL_ALLOW_ORIGIN,
                header(
                        string().enumeration(List.of("*")),
                        "Any origin may read the API, without credentials; sent when the request has an Origin header"));
        return headers;
    }

    private static Header header(Schema schema, String description) {
        return OASFactory.createHeader().schema(schema).description(description);
    }

    private static Schema integer(String format, long minimum, long maximum) {
        return OASFactory.createSchema()
                .addType(SchemaType.INTEGER)
                .format(format)
                .minimum(BigDecimal.valueOf(minimum))
                .maximum(BigDecimal.valueOf(maximum));
    }

    /** The bounds of the path's id: what {@link Ids#isId} takes. */
    private static void pathIdBounds(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(p -> p.getIn() == Parameter.In.PATH && "id".equals(p.getName()))
                    .forEach(p -> p.setSchema(id()));
        }
    }

    /** A page holds at most {@link ListQuery#MAX_PAGE_SIZE} records, and a token of the form the lists take. */
    private static void pageBounds(Map<String, Schema> page) {
        page.get("items").maxItems(ListQuery.MAX_PAGE_SIZE);
        page.get("totalSize").minimum(BigDecimal.ZERO);
        page.get("nextPageToken").pattern(PageToken.PATTERN).maxLength(PageToken.MAX_LENGTH);
    }

    private static Schema id() {
        return string().pattern("^" + Ids.ID.pattern() + "$").maxLength(Ids.MAX_LENGTH);
    }

    /** The query parameters of a list operation, from its spec. */
    static List<Parameter> listParameters(ListSpec<?, ?> spec) {
        List<Parameter> parameters = new ArrayList<>();
        for (Filter f : spec.filters().values()) {
            Schema value = switch (f.type()) {
                case CODE -> OASFactory.createSchema().ref("#/components/schemas/" + f.vocabulary());
                case ID -> id();
                case BOOLEAN -> OASFactory.createSchema().addType(SchemaType.BOOLEAN);
                case INTEGER -> integer("int64", 0, ListQueryParser.MAX_INTEGER);
            };
            Schema schema = f.repeatable() ? array(value) : value;
            parameters.add(query(
                    f.parameter(),
                    schema,
                    f.description() + (f.repeatable() ? "; repeat the parameter for any of several values" : "")));
        }
        if (spec.searchable()) {
            Parameter q = query(
                    "q",
                    // no control characters (Character.isISOControl), as the parser checks
                    string().minLength(1)
                            .maxLength(ListQuery.MAX_QUERY_LENGTH)
                            .pattern("^[^\\u0000-\\u001F\\u007F-\\u009F]+$"),
                    "Case-insensitive substring of a name, English name or alias of the record, or of a record it links to (its organization, models, companies); Chinese or English; full-width and half-width forms match alike (NFKC)");
            parameters.add(spec.queryRequired() ? q.required(true) : q);
        }
        String fields = String.join("|", spec.sorts().keySet());
        parameters.add(query(
                "sort",
                string().pattern("^-?(" + fields + ")(,-?(" + fields + "))*$")
                        .maxLength(sortLength(spec))
                        .defaultValue("id"),
                "Sort fields, comma-separated, '-' for descending, of: "
                        + String.join(", ", spec.sorts().keySet()) + "; ties break on id"
                        + sortDescriptions(spec)));
        if (!spec.facets().isEmpty()) {
            parameters.add(query(
                    "facet",
                    array(string().enumeration(new ArrayList<>(spec.facets().keySet()))),
                    "Count all matches by this field (repeatable); the counts come back in facets"));
        }
        parameters.add(query(
                "pageSize",
                OASFactory.createSchema()
                        .addType(SchemaType.INTEGER)
                        .format("int32")
                        .minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(ListQuery.MAX_PAGE_SIZE))
                        .defaultValue(ListQuery.DEFAULT_PAGE_SIZE),
                "Records per page"));
        parameters.add(query(
                "pageToken",
                string().pattern(PageToken.PATTERN).maxLength(PageToken.MAX_LENGTH),
                "The nextPageToken of the previous page; keep the other parameters (pageSize and facet may change)"));
        parameters.add(query(
                "format",
                string().enumeration(List.of("json", "csv", "ndjson")).defaultValue("json"),
                "The representation, for clients that cannot set Accept: json (pages), or csv / ndjson (every match, "
                        + "no pageSize, pageToken or facet); wins over the Accept header"));
        return parameters;
    }

    /**
     * The CSV and NDJSON forms of a list's 200 response: text, every match (no paging), with the
     * first lines of the real data as examples.
     */
    private static void wholeListRepresentations(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        ok.getContent()
                .addMediaType(
                        Representation.CSV_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(CSV))
                                .example(text(operation.getOperationId() + ".csv")));
        ok.getContent()
                .addMediaType(
                        Representation.NDJSON_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(NDJSON))
                                .example(text(operation.getOperationId() + ".ndjson")));
    }

    /** The schemas of the CSV and NDJSON forms of every list. */
    private static void wholeListSchemas(Components components) {
        components.addSchema(
                CSV,
                string().description("Every match as CSV (UTF-8, header row, one record per row, those of the list's "
                        + "JSON items; nested fields as dotted columns, lists joined with ';', lists of objects as JSON; "
                        + "cells starting with =, +, -, @ are prefixed with an apostrophe)"));
        components.addSchema(
                NDJSON,
                string().description("Every match as newline-delimited JSON, one record (as the list's JSON items) per "
                        + "line"));
    }

    /** A repeatable parameter: at most {@link ListQuery#MAX_VALUES} values. */
    private static Schema array(Schema items) {
        return OASFactory.createSchema().addType(SchemaType.ARRAY).items(items).maxItems(ListQuery.MAX_VALUES);
    }

    /**
     * The longest sort a list takes: every field once, descending, comma-separated; a longer one repeats a field or
     * names one the list does not have, and is refused.
     */
    private static int sortLength(ListSpec<?, ?> spec) {
        return spec.sorts().keySet().stream().mapToInt(f -> f.length() + 2).sum() - 1;
    }

    private static String text(String example) {
        try (InputStream in =
                OpenApiDocumentFilter.class.getClassLoader().getResourceAsStream("openapi-examples/" + example)) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    /** What the sort fields that say so order by: "; parameters: the largest count ...". */
    private static String sortDescriptions(ListSpec<?, ?> spec) {
        StringBuilder out = new StringBuilder();
        spec.sorts().forEach((field, sort) -> {
            if (sort.description() != null) {
                out.append("; ").append(field).append(": ").append(sort.description());
            }
        });
        return out.toString();
    }

    private static Parameter query(String name, Schema schema, String description) {
        Parameter p = OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.QUERY)
                .schema(schema)
                .description(description);
        if (schema.getType() != null && schema.getType().contains(SchemaType.ARRAY)) {
            p.style(Parameter.Style.FORM).explode(true);
        }
        return p;
    }

    private static void example(Operation operation) {
        try (InputStream in = OpenApiDocumentFilter.class
                .getClassLoader()
                .getResourceAsStream("openapi-examples/" + operation.getOperationId() + ".json")) {
            APIResponse ok = operation.getResponses() == null
                    ? null
                    : operation.getResponses().getAPIResponse("200");
            if (in == null || ok == null || ok.getContent() == null) {
                return;
            }
            ok.getContent()
                    .getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
                    .setExample(JSON.readValue(in, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The caching headers of a 200, and the 304 a conditional GET may get. */
    private static void caching(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null) {
            ok.addHeader(
                    "ETag",
                    OASFactory.createHeader()
                            .schema(etag())
                            .description("Strong validator of this representation; send it back in If-None-Match"));
            ok.addHeader(
                    "Cache-Control",
                    OASFactory.createHeader()
                            .schema(string().enumeration(List.of(HttpCaching.CACHE_CONTROL)))
                            .description(HttpCaching.CACHE_CONTROL));
            ok.addHeader(HttpCaching.DATASET_VERSION, OASFactory.createHeader().ref(HttpCaching.DATASET_VERSION));
        }
        responses.addAPIResponse(
                "304",
                OASFactory.createAPIResponse()
                        .description("Not modified: the If-None-Match of the request names the current ETag; no body")
                        .addHeader(
                                "ETag", OASFactory.createHeader().schema(etag()).description("The current ETag"))
                        .addHeader(
                                HttpCaching.DATASET_VERSION,
                                OASFactory.createHeader().ref(HttpCaching.DATASET_VERSION)));
    }

    private static Schema etag() {
        return string().pattern(HttpCaching.ETAG_PATTERN).maxLength(HttpCaching.ETAG_LENGTH);
    }

    private static void problems(APIResponses responses) {
        PROBLEMS.forEach((status, p) -> {
            if (responses.getAPIResponse(status) != null) {
                return;
            }
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", Problem.type(p[0]));
            example.put("title", p[1]);
            example.put("status", Integer.valueOf(status));
            example.put("detail", p[2]);
            example.put("code", p[0]);
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("parameter", "region");
            error.put("detail", "'EU' is not one of US, CN");
            example.put("errors", status.equals("400") ? List.of(error) : List.of());
            MediaType media = OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(PROBLEM))
                    .example(example);
            Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
            APIResponse response = OASFactory.createAPIResponse()
                    .description(PROBLEM_DESCRIPTIONS.get(status))
                    .content(content);
            if (status.equals("429")) {
                response.addHeader(
                        RateLimit.RETRY_AFTER, OASFactory.createHeader().ref(RateLimit.RETRY_AFTER));
            }
            responses.addAPIResponse(status, response);
        });
    }

    private static Schema problemSchema() {
        Schema error = OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("What is wrong with one query parameter (parameter) or one field of a body (pointer)")
                .addProperty("parameter", string().description("The query or path parameter at fault"))
                .addProperty("pointer", string().description("A JSON pointer to the body field at fault"))
                .addProperty("detail", string().description("What is wrong with it"))
                .required(List.of("detail"));
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem, the body of every 4xx and 5xx response (application/problem+json)")
                .addProperty(
                        "type",
                        string().description("A URI reference that identifies the problem type, /problems/<code>"))
                .addProperty("title", string().description("A short summary of the problem type"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(SchemaType.INTEGER)
                                .format("int32")
                                .description("The HTTP status"))
                .addProperty("detail", string().description("What went wrong with this request"))
                .addProperty(
                        "code",
                        string().description(
                                        "A stable UPPER_SNAKE code: INVALID_PARAMETER, NOT_FOUND, METHOD_NOT_ALLOWED, "
                                                + "NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE, URI_TOO_LONG, RATE_LIMITED, HEADERS_TOO_LARGE, BAD_REQUEST, "
                                                + "DATASET_UNAVAILABLE, "
                                                + "DATABASE_UNAVAILABLE, INTERNAL_ERROR"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema().addType(SchemaType.ARRAY).items(error))
                .required(List.of("type", "title", "status", "detail", "code", "errors"));
    }
}
