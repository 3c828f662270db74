package ai.landscape.consumers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The explorer page (src/main/resources/META-INF/resources): its ES modules type-checked by tsc against the types
 * generated from openapi/openapi.yaml, then its browser suite (src/test/typescript/browser) run in Debian's Chromium
 * against this running service with the real data: every view, filters and URL, search, detail, language, download,
 * keyboard, axe-core, and screenshots of every view at 390 and 1440 px under target/explorer-screenshots.
 */
@QuarkusTest
class ExplorerBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @TestHTTPResource("/")
    URI base;

    @Test
    void typeCheckedAndPassingInChromium() throws Exception {
        assertTrue(
                Files.isExecutable(CHROMIUM),
                CHROMIUM + " is missing: the browser tests need Chromium (apt-get install chromium fonts-noto-cjk)"
                        + " or CHROMIUM set to a Chromium binary");
        NpmProject.install();
        NpmProject.run(Map.of(), "npm", "run", "generate");
        NpmProject.run(Map.of(), "npm", "run", "check:web");
        String output = NpmProject.run(
                Map.of(
                        "API_URL", base.toString().replaceAll("/$", ""),
                        "CHROMIUM", CHROMIUM.toString(),
                        "SCREENSHOTS", Path.of("target/explorer-screenshots").toAbsolutePath() + "/"),
                "npm",
                "run",
                "test:browser");
        assertTrue(output.contains("# pass 13") && output.contains("# fail 0"), output);
        try (var shots = Files.list(Path.of("target/explorer-screenshots"))) {
            // seven states of the page (six views and a detail), at two widths
            assertTrue(shots.filter(p -> p.toString().endsWith(".png")).count() >= 14, "screenshots");
        }
    }
}
