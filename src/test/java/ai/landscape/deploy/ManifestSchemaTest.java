package ai.landscape.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document every kustomization under deploy/ builds meets its schema, strictly
 * (ManifestSchemas). Skipped, saying so, where the shared folder does not hold the schemas.
 */
class ManifestSchemaTest {

    private static ManifestSchemas schemas;
    private static final Kustomization BASE = Kustomization.build(Kustomization.DEPLOY.resolve("base"));

    /** Each test, so that each is counted as skipped where the schemas are missing */
    @BeforeEach
    void loadSchemas() {
        assumeTrue(
                Files.isDirectory(ManifestSchemas.DIR),
                "no schemas at " + ManifestSchemas.DIR.toAbsolutePath().normalize()
                        + " (deploy/README.md): the manifests are not validated");
        if (schemas == null) {
            schemas = ManifestSchemas.load();
        }
    }

    static Stream<Path> kustomizations() {
        return Kustomization.under(Kustomization.DEPLOY).stream();
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everyDocumentMeetsItsSchema(Path dir) {
        Kustomization built = Kustomization.build(dir);
        assertEquals(6, built.documents().size(), dir.toString());
        for (ObjectNode document : built.documents()) {
            assertEquals(
                    List.of(),
                    schemas.validate(document),
                    dir + ": " + document.path("kind").asText() + " "
                            + document.path("metadata").path("name").asText());
        }
    }

    // The same validator refuses a copy of a real manifest with one mistake in it

    @ParameterizedTest
    @CsvSource({
        "Deployment, landscape-api, /spec/template/spec/containers/0, readinessProbe, readinesProbe",
        "Service, landscape-api, /metadata, labels, label",
        "Cluster, landscape-db, /spec/storage, size, sise",
        "Cluster, landscape-db, /metadata, name, nmae",
    })
    void aMisspeltFieldIsRefused(String kind, String name, String object, String field, String misspelt) {
        ObjectNode document = copy(kind, name, d -> {
            ObjectNode parent = (ObjectNode) d.at(object);
            parent.set(misspelt, parent.remove(field));
        });
        assertEquals(
                List.of(object + ": property '" + misspelt + "' is not defined in the schema"
                        + " and the schema does not allow additional properties"),
                schemas.validate(document));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
                    Deployment | landscape-api | /spec/template/spec/containers/0/ports/0/containerPort | "8080" | string found, integer expected
                    Cluster    | landscape-db  | /spec/postgresql/parameters/max_connections          | 200    | integer found, string expected
                    Cluster    | landscape-db  | /spec/instances                                      | 0      | must have a minimum value of 1
                    Cluster    | landscape-db  | /spec/primaryUpdateStrategy | "sometimes" | does not have a value in the enumeration ["unsupervised", "supervised"]
                    """)
    void aWrongTypeOrValueIsRefused(String kind, String name, String field, String json, String error)
            throws IOException {
        JsonPointer pointer = JsonPointer.compile(field);
        JsonNode value = Kustomization.YAML.readTree(json);
        ObjectNode document = copy(
                kind,
                name,
                d -> ((ObjectNode) d.at(pointer.head())).set(pointer.last().getMatchingProperty(), value));
        assertEquals(List.of(field + ": " + error), schemas.validate(document));
    }

    @Test
    void anUnknownKindOrVersionIsRefused() {
        ObjectNode hpa = copy("HorizontalPodAutoscaler", "landscape-api", h -> h.put("apiVersion", "autoscaling/v1"));
        assertEquals(List.of("no schema for autoscaling/v1 HorizontalPodAutoscaler"), schemas.validate(hpa));
    }

    private static ObjectNode copy(String kind, String name, Consumer<ObjectNode> change) {
        ObjectNode copy = BASE.one(kind, name).deepCopy();
        assertEquals(List.of(), schemas.validate(copy), "the copy is valid before the change");
        change.accept(copy);
        return copy;
    }
}
