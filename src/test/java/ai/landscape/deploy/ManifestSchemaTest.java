package ai.landscape.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.consumers.NpmProject;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document every kustomization under deploy/ builds meets its API, as the check of the npm
 * project (src/test/typescript/deploy/check.js, {@code npm run check:deploy}) sees it: by the
 * published models of the Kubernetes API and of CloudNativePG's Cluster (deploy/README.md), its
 * fields by their TypeScript interfaces compiled strictly (a misspelt field fails, at any depth) and
 * its values by their JSON schemas (types, enums, minimums, required fields). The same check refuses
 * copies of the real documents with one mistake each, naming the field. One run of the check reads
 * them all, from target/deploy-check.
 */
class ManifestSchemaTest {

    private static final Path DIR = Path.of("target/deploy-check");
    private static final Kustomization BASE = Kustomization.build(Kustomization.DEPLOY.resolve("base"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CONTAINER = "/spec/template/spec/containers/0";
    private static final List<Mistake> MISTAKES = List.of(
            misspelt(
                    "Deployment",
                    "landscape-api",
                    CONTAINER + "/readinessProbe",
                    "readinesProbe",
                    CONTAINER + "/readinesProbe: TS2561 Object literal may only specify known properties, but"
                            + " 'readinesProbe' does not exist in type 'IContainer'. Did you mean to write"
                            + " 'readinessProbe'?"),
            misspelt(
                    "Service",
                    "landscape-api",
                    "/spec/ports/0/targetPort",
                    "tagetPort",
                    "/spec/ports/0/tagetPort: TS2561 Object literal may only specify known properties, but"
                            + " 'tagetPort' does not exist in type 'IServicePort'. Did you mean to write"
                            + " 'targetPort'?"),
            misspelt(
                    "Cluster",
                    "landscape-db",
                    "/spec/storage/size",
                    "sise",
                    "/spec/storage/sise: TS2353 Object literal may only specify known properties, and 'sise'"
                            + " does not exist in type 'IStorageConfiguration'."),
            misspelt(
                    "Cluster",
                    "landscape-db",
                    "/spec/instances",
                    "instancez",
                    "/spec/instancez: TS2561 Object literal may only specify known properties, but 'instancez'"
                            + " does not exist in type 'IClusterSpec'. Did you mean to write 'instances'?",
                    "/spec: must have required property instances"),
            misspelt(
                    "Cluster",
                    "landscape-db",
                    "/metadata/name",
                    "nmae",
                    "/metadata/nmae: TS2353 Object literal may only specify known properties, and 'nmae' does"
                            + " not exist in type 'IObjectMeta'."),
            set(
                    "Deployment",
                    "landscape-api",
                    CONTAINER + "/ports/0/containerPort",
                    "\"8080\"",
                    CONTAINER + "/ports/0/containerPort: TS2322 Type 'string' is not assignable to type 'number'.",
                    CONTAINER + "/ports/0/containerPort: must be integer"),
            set(
                    "Cluster",
                    "landscape-db",
                    "/spec/postgresql/parameters/max_connections",
                    "200",
                    "/spec/postgresql/parameters/max_connections: TS2322 Type 'number' is not assignable to type"
                            + " 'string'.",
                    "/spec/postgresql/parameters/max_connections: must be string"),
            set("Cluster", "landscape-db", "/spec/instances", "0", "/spec/instances: must be >= 1"),
            set(
                    "Cluster",
                    "landscape-db",
                    "/spec/primaryUpdateStrategy",
                    "\"sometimes\"",
                    "/spec/primaryUpdateStrategy: must be equal to one of the allowed values"
                            + " [\"unsupervised\",\"supervised\"]"),
            set(
                    "Job",
                    "landscape-load",
                    "/spec/podFailurePolicy/rules/0/action",
                    "\"Fail\"",
                    "/spec/podFailurePolicy/rules/0/action: TS2322 Type '\"Fail\"' is not assignable to type"
                            + " '\"FailJob\" | \"Count\" | \"FailIndex\" | \"Ignore\"'.",
                    "/spec/podFailurePolicy/rules/0/action: must be equal to one of the allowed values"
                            + " [\"Count\",\"FailIndex\",\"FailJob\",\"Ignore\"]"),
            set(
                    "HorizontalPodAutoscaler",
                    "landscape-api",
                    "/apiVersion",
                    "\"autoscaling/v1\"",
                    "/apiVersion: no model for autoscaling/v1 HorizontalPodAutoscaler (deploy/check.js lists the"
                            + " kinds)"));

    /** What the check says, by file under DIR ("POINTER: MESSAGE" lines) */
    private static Map<String, List<String>> errors;

    /** A copy of a document of the base with one mistake, and what the check must say of it */
    private record Mistake(String file, String kind, String name, Consumer<ObjectNode> change, List<String> errors) {}

    @BeforeAll
    static void check() throws Exception {
        if (Files.exists(DIR)) {
            try (Stream<Path> files = Files.walk(DIR)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        for (Path dir : Kustomization.under(Kustomization.DEPLOY)) {
            for (ObjectNode document : Kustomization.build(dir).documents()) {
                write(
                        Kustomization.DEPLOY.relativize(dir) + "/"
                                + document.path("kind").asText() + "-"
                                + document.path("metadata").path("name").asText() + ".json",
                        document);
            }
        }
        assertEquals(
                MISTAKES.size(), MISTAKES.stream().map(Mistake::file).distinct().count(), "a file for each mistake");
        for (Mistake mistake : MISTAKES) {
            ObjectNode copy = BASE.one(mistake.kind(), mistake.name()).deepCopy();
            mistake.change().accept(copy);
            write(mistake.file(), copy);
        }
        NpmProject.install();
        NpmProject.Result check = NpmProject.exec(Map.of(), "npm", "run", "--silent", "check:deploy");
        // 1: errors found (the mistakes'); 0 would mean none, 2 that the check could not run
        assertEquals(1, check.exitValue(), check.output());
        errors = new TreeMap<>();
        for (String line : check.output().lines().toList()) {
            int hash = line.indexOf(".json#");
            assertTrue(hash > 0, "not an error line: " + line + "\n" + check.output());
            errors.computeIfAbsent(line.substring(0, hash + 5), file -> new ArrayList<>())
                    .add(line.substring(hash + 6));
        }
    }

    static Stream<Path> kustomizations() {
        return Kustomization.under(Kustomization.DEPLOY).stream();
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everyDocumentMeetsItsApi(Path dir) {
        List<ObjectNode> documents = Kustomization.build(dir).documents();
        assertEquals(6, documents.size(), dir.toString());
        Map<String, List<String>> found = new TreeMap<>(errors);
        found.keySet().removeIf(file -> !file.startsWith(Kustomization.DEPLOY.relativize(dir) + "/"));
        assertEquals(Map.of(), found, dir.toString());
    }

    static Stream<Arguments> mistakes() {
        return MISTAKES.stream().map(mistake -> Arguments.of(mistake.file(), mistake.errors()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsRefusedByName(String file, List<String> expected) {
        assertEquals(expected, errors.get(file));
    }

    /** The field (a JSON pointer) renamed */
    private static Mistake misspelt(String kind, String name, String field, String misspelt, String... errors) {
        JsonPointer pointer = JsonPointer.compile(field);
        return new Mistake(
                "mistakes/" + kind + "-" + misspelt + ".json",
                kind,
                name,
                document -> {
                    ObjectNode parent = (ObjectNode) document.at(pointer.head());
                    parent.set(misspelt, parent.remove(pointer.last().getMatchingProperty()));
                },
                List.of(errors));
    }

    /** The field (a JSON pointer) set to a JSON value */
    private static Mistake set(String kind, String name, String field, String json, String... errors) {
        JsonPointer pointer = JsonPointer.compile(field);
        JsonNode value = readTree(json);
        return new Mistake(
                "mistakes/" + kind + "-" + pointer.last().getMatchingProperty() + ".json",
                kind,
                name,
                document -> ((ObjectNode) document.at(pointer.head()))
                        .set(pointer.last().getMatchingProperty(), value),
                List.of(errors));
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String file, JsonNode document) throws IOException {
        Path path = DIR.resolve(file);
        Files.createDirectories(path.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(path.toFile(), document);
    }
}
