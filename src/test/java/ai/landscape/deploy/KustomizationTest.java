package ai.landscape.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kustomizations under deploy/: what they build, and that every file there is part of one. */
class KustomizationTest {

    private static final Path BASE = Kustomization.DEPLOY.resolve("base");
    private static final Path PRODUCTION = Kustomization.DEPLOY.resolve("overlays/production");

    @Test
    void theKustomizationsAreTheBaseAndTheProductionOverlay() {
        assertEquals(List.of(BASE, PRODUCTION), Kustomization.under(Kustomization.DEPLOY));
    }

    @Test
    void theBaseBuildsTheDatabaseTheLoadJobAndTheServeReplicas() {
        assertEquals(
                List.of(
                        "postgresql.cnpg.io/v1 Cluster landscape-db",
                        "batch/v1 Job landscape-load",
                        "apps/v1 Deployment landscape-api",
                        "v1 Service landscape-api",
                        "policy/v1 PodDisruptionBudget landscape-api",
                        "autoscaling/v2 HorizontalPodAutoscaler landscape-api"),
                names(Kustomization.build(BASE)));
    }

    @Test
    void theProductionOverlayIsTheBaseInItsNamespaceWithALargerDatabase() {
        Kustomization base = Kustomization.build(BASE);
        Kustomization production = Kustomization.build(PRODUCTION);
        assertEquals(names(base), names(production));
        assertEquals(
                List.of("landscape"),
                production.documents().stream()
                        .map(document ->
                                document.path("metadata").path("namespace").asText())
                        .distinct()
                        .toList());
        JsonNode database = production.one("Cluster", "landscape-db").path("spec");
        assertEquals("20Gi", database.path("storage").path("size").asText());
        assertEquals(
                "4Gi", database.path("resources").path("limits").path("memory").asText());
        assertEquals(
                "1GB",
                database.path("postgresql")
                        .path("parameters")
                        .path("shared_buffers")
                        .asText());
        assertEquals(
                "3GB",
                database.path("postgresql")
                        .path("parameters")
                        .path("effective_cache_size")
                        .asText());
        assertEquals(
                "required",
                database.path("affinity").path("podAntiAffinityType").asText());
        // what the patch does not touch is the base's
        assertEquals(base.one("Cluster", "landscape-db").path("spec").path("bootstrap"), database.path("bootstrap"));
        assertEquals(
                base.one("Deployment", "landscape-api").path("spec"),
                production.one("Deployment", "landscape-api").path("spec"));
    }

    @Test
    void everyYamlFileUnderDeployIsReadByAKustomization() {
        Set<Path> read = new TreeSet<>();
        Kustomization.under(Kustomization.DEPLOY)
                .forEach(dir -> read.addAll(Kustomization.build(dir).files()));
        assertEquals(new TreeSet<>(Kustomization.yamlFiles(Kustomization.DEPLOY)), read);
    }

    // The build refuses what kustomize would refuse (in a folder of its own, not under deploy/)

    @Test
    void aListedFileThatDoesNotExistIsRefused(@TempDir Path dir) throws IOException {
        assertEquals(
                dir.resolve("kustomization.yaml") + " lists the resource service.yaml, which does not exist",
                refusal(dir, "resources: [service.yaml]"));
    }

    @Test
    void aPatchWhoseTargetIsNotAResourceIsRefused(@TempDir Path dir) throws IOException {
        Files.copy(BASE.resolve("database.yaml"), dir.resolve("database.yaml"));
        Files.writeString(dir.resolve("storage.yaml"), "- {op: replace, path: /spec/storage/size, value: 2Gi}\n");
        assertEquals(
                dir.resolve("kustomization.yaml")
                        + ": the patch storage.yaml targets {\"kind\":\"Cluster\",\"name\":\"landscape-dv\"},"
                        + " which 0 resources match (one expected)",
                refusal(dir, """
                        resources: [database.yaml]
                        patches:
                          - path: storage.yaml
                            target: {kind: Cluster, name: landscape-dv}
                        """));
    }

    @Test
    void aFieldTheBuildDoesNotKnowIsRefused(@TempDir Path dir) throws IOException {
        assertEquals(
                dir.resolve("kustomization.yaml") + ": fields this build does not know: [resource]",
                refusal(dir, "resource: [service.yaml]"));
    }

    /** Why the build refuses a kustomization of these fields in dir. */
    private static String refusal(Path dir, String fields) throws IOException {
        Files.writeString(
                dir.resolve("kustomization.yaml"),
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n" + fields + "\n");
        return assertThrows(IllegalStateException.class, () -> Kustomization.build(dir))
                .getMessage();
    }

    private static List<String> names(Kustomization built) {
        return built.documents().stream()
                .map(document -> document.path("apiVersion").asText() + " "
                        + document.path("kind").asText() + " "
                        + document.path("metadata").path("name").asText())
                .toList();
    }
}
