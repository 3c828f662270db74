package ai.landscape.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Spectral over openapi/openapi.yaml with the committed ruleset openapi/.spectral.yaml (Spectral's OpenAPI rules, the
 * OWASP API Security rules and the project's own): zero errors.
 */
class SpecLintTest {

    @Test
    void theSpecHasNoLintErrors() throws Exception {
        NpmProject.install();
        String output = NpmProject.run(Map.of(), "npm", "run", "lint:spec");
        assertTrue(
                output.contains("0 errors") || output.contains("No results with a severity of 'error' found!"), output);
    }

    /** The OWASP rules are in force: a document without bounds, rate limits or CORS fails the same lint. */
    @Test
    void theOwaspRulesRefuseAnUnboundedOperation() throws Exception {
        NpmProject.install();
        Path spec = Path.of("target/unbounded-openapi.yaml").toAbsolutePath();
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Unbounded, version: "1.0", description: An operation without bounds.}
                servers: [{url: /, x-internal: false}]
                tags: [{name: things, description: Things}]
                paths:
                  /api/v1/things:
                    get:
                      operationId: listThings
                      summary: List things
                      description: Every thing.
                      tags: [things]
                      parameters:
                      - {name: q, in: query, description: A search, schema: {type: string}}
                      responses:
                        "200":
                          description: OK
                          headers:
                            ETag: {description: A validator, schema: {type: string, maxLength: 29}}
                          content:
                            application/json:
                              schema: {type: array, items: {type: string}}
                """);
        NpmProject.Result lint = NpmProject.exec(
                Map.of(),
                "npx",
                "spectral",
                "lint",
                spec.toString(),
                "--ruleset",
                "../../../openapi/.spectral.yaml",
                "--fail-severity=error");
        assertEquals(1, lint.exitValue(), lint.output());
        for (String rule : List.of(
                "owasp:api4:2023-string-limit",
                "owasp:api4:2023-array-limit",
                "owasp:api4:2023-rate-limit",
                "owasp:api8:2023-define-cors-origin")) {
            assertTrue(lint.output().contains(rule), rule + " did not fire:\n" + lint.output());
        }
    }
}
