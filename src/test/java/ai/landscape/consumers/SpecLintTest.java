package ai.landscape.consumers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spectral over openapi/openapi.yaml with the committed ruleset openapi/.spectral.yaml: zero errors. */
class SpecLintTest {

    @Test
    void theSpecHasNoLintErrors() throws Exception {
        NpmProject.install();
        String output = NpmProject.run(Map.of(), "npm", "run", "lint:spec");
        assertTrue(
                output.contains("0 errors") || output.contains("No results with a severity of 'error' found!"), output);
    }
}
