package ai.landscape.consumers;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.api.Catalog;
import ai.landscape.api.Filter;
import ai.landscape.api.ListOperation;
import ai.landscape.api.ListSpec;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streamed bodies keep their bytes: every list operation of the catalog, whole, with each of its filters and each
 * of its sorts (descending), and with the queries below, as CSV and as NDJSON, and the export, hash to what {@link
 * #GOLDEN} records. That file was written from the bodies of the code before the streamed lists were read without
 * entities, so that a change in how rows are read or written cannot change a byte unseen. The same body comes with
 * {@code format=} and with the Accept header.
 *
 * <p>When the data or the representations change on purpose, rewrite the file with {@code
 * -Dlandscape.streamed-bodies.write=true} and read the difference: one line a body.
 */
@QuarkusTest
class StreamedBytesTest {

    static final Path GOLDEN = Path.of("src/test/resources/streamed-bodies.sha256");

    /** Where the bodies that differ from the golden hashes are written, to compare them with those of a good build. */
    static final Path DIFFERING = Path.of("target/streamed-bodies");

    /** The q of lists that require one. */
    static final String SEARCHED = "ernie";

    /** Requests beyond the generic ones: several values of one filter, several filters, q with LIKE's specials. */
    static final List<String> QUERIES = List.of(
            "/api/v1/organizations?region=CN&capability=CODE",
            "/api/v1/organizations?q=it's",
            "/api/v1/sources?q=AI's",
            "/api/v1/organizations?q=100%",
            "/api/v1/organizations?q=a_b",
            "/api/v1/organizations?q=back\\slash",
            "/api/v1/organizations?q=no-such-thing",
            "/api/v1/organizations/baidu/models?capability=INDUSTRY&sort=-nameEn",
            "/api/v1/applications?category=TEXT_TO_IMAGE&segment=COMMUNITY",
            "/api/v1/applications?organization=alibaba&organization=baidu&organization=bytedance",
            "/api/v1/applications?q=ai&sort=organization,-row",
            "/api/v1/models?openSource=false&sort=-organization,name",
            "/api/v1/models?region=US&region=CN&capability=CODE&capability=TEXT",
            "/api/v1/sota-models?minParameters=10000000000&maxParameters=2000000000000",
            "/api/v1/search?q=百度",
            "/api/v1/search?q=baidu&collection=MODELS&collection=ORGANIZATIONS&sort=collection,-relevance",
            "/api/v1/takeaways?kind=GAP");

    @Inject
    Catalog catalog;

    @Inject
    EntityManager em;

    @Test
    void everyStreamedBodyHasTheBytesOfTheGoldenHashes() throws IOException {
        List<String> lines = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (String request : requests()) {
            for (String format : List.of("csv", "ndjson")) {
                byte[] body = body(request, format);
                lines.add(sha256(body) + " " + body.length + " " + format + " " + request);
                bodies.add(body);
            }
        }
        byte[] export =
                given().get("/api/v1/export").then().statusCode(200).extract().asByteArray();
        // the load time is the one part of the export that differs between two loads of the same data
        byte[] exported = new String(export, StandardCharsets.UTF_8)
                .replaceFirst("\"loadedAt\":\"[^\"]+\"", "\"loadedAt\":\"\"")
                .getBytes(StandardCharsets.UTF_8);
        lines.add(sha256(exported) + " " + exported.length + " json /api/v1/export");
        bodies.add(exported);

        if (Boolean.getBoolean("landscape.streamed-bodies.write")) {
            Files.write(GOLDEN, lines);
            return;
        }
        List<String> golden = Files.readAllLines(GOLDEN);
        for (int i = 0; i < lines.size(); i++) {
            if (!golden.contains(lines.get(i))) {
                Files.createDirectories(DIFFERING);
                Files.write(DIFFERING.resolve(i + ".txt"), bodies.get(i));
            }
        }
        assertEquals(golden, lines);
        assertTrue(lines.size() > 200, "every list, filter and sort: " + lines.size());
    }

    @Test
    void theAcceptHeaderStreamsTheBodyOfFormat() {
        for (ListOperation op : operations()) {
            String request = path(op) + (op.spec().queryRequired() ? "?q=" + SEARCHED : "");
            assertArrayEquals(body(request, "csv"), accepted(request, "text/csv"), request);
            assertArrayEquals(body(request, "ndjson"), accepted(request, "application/x-ndjson"), request);
        }
    }

    /** Every list operation, in the order of their operationIds. */
    private List<ListOperation> operations() {
        return catalog.lists().values().stream()
                .sorted(Comparator.comparing(ListOperation::operationId))
                .toList();
    }

    /** The requests: each list whole, with each filter, with each sort descending; then {@link #QUERIES}. */
    private List<String> requests() {
        List<String> requests = new ArrayList<>();
        for (ListOperation op : operations()) {
            ListSpec<?, ?> spec = op.publicSpec();
            String path = path(op);
            String base = spec.queryRequired() ? "q=" + SEARCHED : "";
            requests.add(path + (base.isEmpty() ? "" : "?" + base));
            for (Filter f : spec.filters().values()) {
                requests.add(path + "?" + and(base, f.parameter() + "=" + value(op, path, f)));
            }
            for (String sort : spec.sorts().keySet()) {
                requests.add(path + "?" + and(base, "sort=-" + sort));
            }
        }
        requests.addAll(QUERIES);
        return requests;
    }

    private static String and(String base, String more) {
        return base.isEmpty() ? more : base + "&" + more;
    }

    /** The path of a list operation; a nested list's parent is the record with the most records in it. */
    private String path(ListOperation op) {
        if (op.parent() == null) {
            return "/api/v1/" + op.spec().name();
        }
        String column = op.spec().filters().get(op.pathFilter()).column();
        String parent = QuarkusTransaction.requiringNew().call(() -> (String)
                em.createNativeQuery("SELECT " + column + " FROM " + op.spec().table() + " WHERE " + column
                                + " IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
                        .getSingleResult());
        return "/api/v1/" + op.parent().path() + "/" + parent + "/" + op.spec().name();
    }

    /**
     * The value of a filter in the generic requests: the middle one of the distinct values its column holds in the
     * records of the list (of the parent, for a nested list), so that it selects some of them; true for a boolean
     * column without values.
     */
    private String value(ListOperation op, String path, Filter f) {
        String values = f.match() == Filter.Match.OVERLAPS ? "unnest(" + f.column() + ")" : f.column();
        String where = "";
        String parent = null;
        if (op.pathFilter() != null) {
            where = " WHERE " + op.spec().filters().get(op.pathFilter()).column() + " = :parent";
            parent = path.split("/")[4];
        }
        String sql = "SELECT DISTINCT v::text FROM (SELECT " + values + " AS v FROM "
                + op.spec().table() + where + ") t WHERE v IS NOT NULL ORDER BY 1";
        String bound = parent;
        List<?> distinct = QuarkusTransaction.requiringNew().call(() -> {
            Query q = em.createNativeQuery(sql);
            if (bound != null) {
                q.setParameter("parent", bound);
            }
            return q.getResultList();
        });
        return distinct.isEmpty() ? "true" : (String) distinct.get(distinct.size() / 2);
    }

    private static byte[] body(String request, String format) {
        return withQuery(given().queryParam("format", format), request);
    }

    private static byte[] accepted(String request, String accept) {
        return withQuery(given().accept(accept), request);
    }

    /** GETs a request written as path?query (values unencoded), each parameter given to RestAssured to encode. */
    private static byte[] withQuery(RequestSpecification spec, String request) {
        int mark = request.indexOf('?');
        if (mark >= 0) {
            for (String pair : request.substring(mark + 1).split("&")) {
                int eq = pair.indexOf('=');
                spec = spec.queryParam(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return spec.get(mark >= 0 ? request.substring(0, mark) : request)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
