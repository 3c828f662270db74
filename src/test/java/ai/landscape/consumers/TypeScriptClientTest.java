package ai.landscape.consumers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client: generated from the committed openapi/openapi.yaml (openapi-typescript),
 * compiled by tsc in strict mode, and its Node tests (src/test/typescript/src/client.test.ts) run
 * against this running service.
 */
@QuarkusTest
class TypeScriptClientTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void generatedCompiledInStrictModeAndPassingAgainstTheService() throws Exception {
        NpmProject.install();
        NpmProject.run(Map.of(), "npm", "run", "generate");
        NpmProject.run(Map.of(), "npm", "run", "build");
        String output = NpmProject.run(Map.of("API_URL", base.toString().replaceAll("/$", "")), "npm", "test");
        assertTrue(output.contains("# pass 4") && output.contains("# fail 0"), output);
    }
}
