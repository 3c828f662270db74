package ai.landscape.consumers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The explorer as HTTP serves it: the page at /, its policy ('self' only, no inline script or style), every module it
 * imports served from this origin, and its files and the API compressed with brotli or gzip as the client asks.
 */
@QuarkusTest
class ExplorerPageTest {

    private static final Path WEB = Path.of("src/main/resources/META-INF/resources");
    private static final Pattern IMPORT = Pattern.compile("(?:from\\s*|import\\s*\\(\\s*|import\\s+)'([^']+)'");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]*)\"");

    private final HttpClient client = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI base;

    private HttpResponse<byte[]> get(String path, String encoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void thePageIsAtTheRootWithAPolicyOfItsOwnOriginAndNoInlineScriptOrStyle() throws Exception {
        HttpResponse<byte[]> page = get("/", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("default-src 'self'") && policy.contains("script-src 'self'"), policy);
        assertTrue(policy.contains("style-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe") || policy.contains("http") || policy.contains("*"), policy);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertEquals(Files.readString(WEB.resolve("index.html")), html);
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group(1).contains(" src=\"/"), "a script from this origin: " + scripts.group());
        }
        assertEquals(1, count);
        assertFalse(
                Pattern.compile("\\sstyle=|<style|\\son[a-z]+=").matcher(html).find(), "inline style or handler");
    }

    @Test
    void everyModuleAndAssetThePageUsesIsServedFromThisOrigin() throws Exception {
        Set<String> fetched = new TreeSet<>();
        Deque<String> queue = new ArrayDeque<>();
        String html = new String(get("/", null).body(), StandardCharsets.UTF_8);
        Matcher assets = ASSET.matcher(html);
        while (assets.find()) {
            if (!assets.group(1).startsWith("/api/") && !assets.group(1).startsWith("/q/")) {
                queue.add(assets.group(1));
            }
        }
        while (!queue.isEmpty()) {
            String path = queue.pop();
            if (!fetched.add(path)) {
                continue;
            }
            HttpResponse<byte[]> response = get(path, null);
            assertEquals(200, response.statusCode(), path);
            assertEquals(
                    "no-cache", response.headers().firstValue("Cache-Control").orElse(""), path);
            if (path.endsWith(".js")) {
                assertTrue(
                        response.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
                Matcher imports = IMPORT.matcher(new String(response.body(), StandardCharsets.UTF_8));
                while (imports.find()) {
                    assertTrue(
                            imports.group(1).startsWith("./")
                                    || imports.group(1).startsWith("../"),
                            imports.group());
                    queue.add(URI.create(path).resolve(imports.group(1)).getPath());
                }
            }
        }
        // every module under app/ is reached from the page, and nothing else is asked for
        Set<String> files;
        try (Stream<Path> walk = Files.walk(WEB)) {
            files = walk.filter(Files::isRegularFile)
                    .map(p -> "/" + WEB.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("/index.html"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, fetched);
    }

    @Test
    void thePageAndTheApiAreCompressedWithBrotliOrGzipAsAsked() throws Exception {
        Brotli4jLoader.ensureAvailability();
        for (String path : new String[] {"/", "/app/main.js", "/app/style.css", "/api/v1/models?pageSize=500"}) {
            HttpResponse<byte[]> identity = get(path, null);
            assertTrue(identity.headers().firstValue("Content-Encoding").isEmpty(), path);
            HttpResponse<byte[]> br = get(path, "br, gzip");
            assertEquals("br", br.headers().firstValue("Content-Encoding").orElse(""), path);
            assertArrayEquals(identity.body(), Decoder.decompress(br.body()).getDecompressedData(), path);
            HttpResponse<byte[]> gzip = get(path, "gzip");
            assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""), path);
            try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
                assertArrayEquals(identity.body(), in.readAllBytes(), path);
            }
            assertTrue(br.body().length * 2 < identity.body().length, path + ": " + br.body().length);
            assertTrue(
                    br.headers().allValues("Vary").stream()
                            .anyMatch(v -> v.toLowerCase().contains("accept-encoding")),
                    path);
        }
    }
}
