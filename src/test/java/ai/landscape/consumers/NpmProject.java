package ai.landscape.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The npm project in src/test/typescript (the TypeScript client, the spec's lint, the explorer's
 * checks, the check of the manifests under deploy/). Installed once per test run with npm ci from
 * its lock file.
 */
public final class NpmProject {

    static final Path DIR = Path.of("src/test/typescript");
    private static boolean installed;

    /** A command's exit value and its output (standard output and error together) */
    public record Result(int exitValue, String output) {}

    private NpmProject() {}

    public static synchronized void install() throws IOException, InterruptedException {
        if (!installed) {
            run(Map.of(), "npm", "ci", "--no-audit", "--no-fund");
            installed = true;
        }
    }

    /** Runs a command in the project; returns its output, failing the test on a non-zero exit. */
    public static String run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Result result = exec(env, command);
        assertEquals(0, result.exitValue(), String.join(" ", command) + " failed:\n" + result.output());
        return result.output();
    }

    /** Runs a command in the project; returns its exit value and output. */
    public static Result exec(Map<String, String> env, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(DIR.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Path log = Files.createTempFile("npm", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
