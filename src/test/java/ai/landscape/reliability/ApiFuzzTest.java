package ai.landscape.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.landscape.api.Catalog;
import ai.landscape.api.CollectionDeclaration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Spec-driven fuzzing: requests generated from the committed openapi/openapi.yaml for every
 * operation, valid ones (values of each parameter's schema) and invalid ones (wrong types,
 * out-of-range numbers, unknown codes, huge, empty, control-character and odd-Unicode strings, SQL and JSON
 * fragments, unknown and over-repeated parameters). No response may be a 5xx; every 4xx is
 * problem+json; every 2xx is validated against the spec by the suite's validator. The run is
 * reproducible: -Dfuzz.seed=N, -Dfuzz.requests=N (2,000 by default; bench/fuzz.sh runs 10,000).
 */
@QuarkusTest
class ApiFuzzTest {

    @Inject
    Catalog catalog;

    static final int REQUESTS = Integer.getInteger("fuzz.requests", 2000);
    static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    static final List<String> HOSTILE = List.of(
            "' OR '1'='1",
            "1; DROP TABLE organization; --",
            "%' OR 1=1 --",
            "\\",
            "%",
            "_",
            "%%",
            "\"",
            "'",
            "{\"$ne\": null}",
            "[1,2,3]",
            "{}",
            "null",
            "true",
            "<script>alert(1)</script>",
            "../../etc/passwd",
            "${jndi:ldap://127.0.0.1/a}",
            "\u0000",
            "\n",
            "\r\n",
            "\t",
            "\u202e",
            "\ud83d\ude00",
            "ＡＢＣ",
            "  ",
            "-",
            "--1",
            "1e309",
            "NaN",
            "-0",
            "0x10",
            "9999999999999999999999",
            "\u00ad",
            "١٢٣");

    record Param(String name, boolean required, JsonNode schema) {}

    record Op(String id, String path, List<Param> params) {}

    private final Random random = new Random(SEED);
    private JsonNode spec;
    private final Map<String, List<String>> ids = new TreeMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    @Test
    void noRequestFromTheSpecGetsA5xx() throws IOException {
        spec = new YAMLMapper().readTree(Path.of("openapi/openapi.yaml").toFile());
        List<Op> ops = operations();
        assertEquals(catalog.lists().size() + catalog.collections().size() + 3, ops.size());
        knownIds();
        System.out.printf("fuzzing %d requests over %d operations, seed %d%n", REQUESTS, ops.size(), SEED);
        for (int i = 0; i < REQUESTS; i++) {
            Op op = ops.get(random.nextInt(ops.size()));
            boolean valid = random.nextBoolean();
            send(op, valid);
        }
        System.out.println("fuzz statuses: " + statuses);
        assertEquals(
                REQUESTS, statuses.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(statuses.getOrDefault(200, 0) > REQUESTS / 10, "enough valid requests succeeded: " + statuses);
        assertTrue(statuses.getOrDefault(400, 0) > REQUESTS / 10, "enough invalid requests were refused: " + statuses);
    }

    private void send(Op op, boolean valid) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        String id = null;
        for (Param p : op.params()) {
            if (p.name().equals("id")) {
                id = valid || random.nextInt(3) > 0 ? knownOrRandomId(op) : hostile();
            } else if (p.required() || random.nextInt(4) == 0) {
                query.put(p.name(), values(p, op));
            }
        }
        if (!valid) {
            mutate(op, query);
        }
        // encoded here, so that nothing in a value is read as a template or encoded twice
        StringBuilder uri = new StringBuilder(id == null ? op.path() : op.path().replace("{id}", encode(id)));
        char sep = '?';
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            for (String v : e.getValue()) {
                uri.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
                sep = '&';
            }
        }
        RequestSpecification request = given().urlEncodingEnabled(false);
        String method = random.nextInt(10) == 0 ? "HEAD" : "GET";
        String description = method + " " + op.path() + " id=" + id + " " + query;
        Response response;
        try {
            response = request.request(method, uri.toString());
        } catch (RuntimeException e) {
            fail(description + " -> " + e.getMessage(), e);
            return;
        }
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            fail(description + " -> " + status + " " + response.asString());
        }
        if (status >= 400 && method.equals("GET")) {
            assertTrue(
                    response.contentType().startsWith("application/problem+json"),
                    description + " -> " + response.contentType());
            JsonNode problem = json(response.asString());
            assertEquals(status, problem.get("status").asInt(), description);
            assertTrue(problem.get("code").asText().matches("[A-Z_]+"), description);
            assertTrue(
                    !response.asString().contains("Exception")
                            && !response.asString().contains("\tat "),
                    description);
        }
    }

    /** A valid value list for a parameter, from its schema. */
    private List<String> values(Param p, Op op) {
        JsonNode schema = resolve(p.schema());
        if ("array".equals(schema.path("type").asText())) {
            List<String> values = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                values.add(scalar(p.name(), resolve(schema.get("items")), op));
            }
            return values;
        }
        return List.of(scalar(p.name(), schema, op));
    }

    private String scalar(String name, JsonNode schema, Op op) {
        if (schema.has("enum")) {
            JsonNode e = schema.get("enum");
            return e.get(random.nextInt(e.size())).asText();
        }
        switch (schema.path("type").asText()) {
            case "integer": {
                long min = schema.path("minimum").asLong(0);
                long max = schema.has("maximum") ? schema.get("maximum").asLong() : 1_000_000_000_000L;
                return String.valueOf(min + (long) (random.nextDouble() * (max - min)));
            }
            case "boolean":
                return String.valueOf(random.nextBoolean());
            default:
                break;
        }
        if (name.equals("sort")) {
            String pattern = schema.get("pattern").asText();
            String[] fields = pattern.substring(pattern.indexOf('(') + 1, pattern.indexOf(')'))
                    .split("\\|");
            String field = fields[random.nextInt(fields.length)];
            return (random.nextBoolean() ? "-" : "") + field;
        }
        if (name.equals("pageToken")) {
            return "";
        }
        if (schema.has("pattern")) {
            return knownOrRandomId(op);
        }
        List<String> pool = ids.getOrDefault("names", List.of("ernie"));
        return random.nextBoolean() ? pool.get(random.nextInt(pool.size())) : unicode();
    }

    /** Makes a request invalid in one way. */
    private void mutate(Op op, Map<String, List<String>> query) {
        List<String> names = op.params().stream()
                .map(Param::name)
                .filter(n -> !n.equals("id"))
                .toList();
        String target = names.isEmpty() ? "x" + random.nextInt(1000) : names.get(random.nextInt(names.size()));
        switch (random.nextInt(8)) {
            case 0 -> query.put("unknown" + random.nextInt(100), List.of(hostile()));
            case 1 -> query.put(target, List.of(hostile()));
            case 2 -> query.put(target, List.of(String.valueOf(-1 - random.nextInt(1000))));
            case 3 -> query.put(target, List.of("9".repeat(1 + random.nextInt(30))));
            case 4 -> query.put(target, List.of(""));
            case 5 -> query.put(target, List.of("x".repeat(100 + random.nextInt(6000))));
            case 6 -> query.put(target, java.util.Collections.nCopies(51 + random.nextInt(60), "CN"));
            default -> query.put(target, List.of(unicode(), hostile()));
        }
    }

    /** Code points drawn from ranges that break naive code: ASCII, controls, Latin-1, CJK, full-width, combining, RTL, emoji. */
    private static final int[][] RANGES = {
        {0x20, 0x7e},
        {0x00, 0x1f},
        {0x7f, 0x9f},
        {0xa0, 0xff},
        {0x4e00, 0x9fff},
        {0xff01, 0xff5e},
        {0x0300, 0x036f},
        {0x0590, 0x05ff},
        {0x200b, 0x202e},
        {0x1f300, 0x1f64f},
        {0xfff0, 0xffff}
    };

    /** A string of 1 to 40 code points from {@link #RANGES}. */
    private String unicode() {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            int[] range = RANGES[random.nextInt(RANGES.length)];
            sb.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return sb.toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private String hostile() {
        return HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    private String knownOrRandomId(Op op) {
        String collection = op.path().split("/")[3];
        List<String> known = ids.getOrDefault(collection, List.of());
        if (!known.isEmpty() && random.nextInt(4) > 0) {
            return known.get(random.nextInt(known.size()));
        }
        return "zz-" + random.nextInt(100000);
    }

    private void knownIds() {
        List<String> names = new ArrayList<>();
        for (String c :
                catalog.collections().stream().map(CollectionDeclaration::path).toList()) {
            JsonNode page = json(given().get("/api/v1/" + c + "?pageSize=500")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            List<String> list = new ArrayList<>();
            page.get("items").forEach(item -> {
                list.add(item.get("id").asText());
                if (item.has("name")) {
                    names.add(item.get("name").asText());
                }
            });
            ids.put(c, list);
        }
        ids.put("names", names);
    }

    private List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            List<Param> params = new ArrayList<>();
            get.path("parameters")
                    .forEach(p -> params.add(
                            new Param(p.get("name").asText(), p.path("required").asBoolean(), p.get("schema"))));
            ops.add(new Op(get.get("operationId").asText(), path.getKey(), params));
        }
        return ops;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema != null && schema.has("$ref")) {
            return spec.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    private static JsonNode json(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }
}
