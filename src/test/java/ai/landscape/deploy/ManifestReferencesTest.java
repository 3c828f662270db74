package ai.landscape.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.role.LoadCommand;
import ai.landscape.role.Main;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the schemas cannot see: that the manifests refer to each other, to the application (its
 * health endpoints, port, roles, load command) and to the image (its user, its JVM settings, an
 * ENTRYPOINT that passes arguments on) as they are. For every kustomization under deploy/.
 */
class ManifestReferencesTest {

    private static final String CLUSTER = "landscape-db";

    static Stream<Named<Kustomization>> kustomizations() {
        return Kustomization.under(Kustomization.DEPLOY).stream()
                .map(dir -> Named.of(dir.toString(), Kustomization.build(dir)));
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void theServiceSelectsTheServeReplicasOnOnePort(Kustomization built) {
        JsonNode deployment = built.one("Deployment", "landscape-api").path("spec");
        JsonNode podLabels = deployment.path("template").path("metadata").path("labels");
        JsonNode service = built.one("Service", "landscape-api").path("spec");
        assertTrue(selects(service.path("selector"), podLabels), "the Service selects the serve replicas");
        assertFalse(
                selects(service.path("selector"), jobPod(built).path("metadata").path("labels")),
                "the Service does not select the load Job's pod");
        assertTrue(selects(deployment.path("selector").path("matchLabels"), podLabels), "the Deployment's selector");
        JsonNode port = service.path("ports").get(0);
        assertEquals(1, service.path("ports").size());
        assertEquals(8080, containerPort(serveContainer(built), port.path("targetPort")));
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void theDisruptionBudgetAndTheAutoscalerTargetTheDeployment(Kustomization built) {
        JsonNode deployment = built.one("Deployment", "landscape-api").path("spec");
        JsonNode pdb = built.one("PodDisruptionBudget", "landscape-api").path("spec");
        assertEquals(deployment.path("selector"), pdb.path("selector"));
        assertEquals(2, pdb.path("minAvailable").asInt());
        JsonNode hpa = built.one("HorizontalPodAutoscaler", "landscape-api").path("spec");
        assertEquals(
                Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", "landscape-api"),
                Kustomization.YAML.convertValue(hpa.path("scaleTargetRef"), Map.class));
        assertEquals(3, hpa.path("minReplicas").asInt());
        assertEquals(10, hpa.path("maxReplicas").asInt());
        // the autoscaler owns the count, and the budget leaves room to drain a node at the minimum
        assertFalse(deployment.has("replicas"));
        assertTrue(pdb.path("minAvailable").asInt() < hpa.path("minReplicas").asInt());
        assertEquals(
                0,
                deployment
                        .path("strategy")
                        .path("rollingUpdate")
                        .path("maxUnavailable")
                        .asInt(-1));
        // the autoscaler's CPU utilisation is of the request
        assertFalse(serveContainer(built)
                .path("resources")
                .path("requests")
                .path("cpu")
                .isMissingNode());
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void theProbesAreTheApplicationsHealthEndpoints(Kustomization built) {
        ObjectNode container = serveContainer(built);
        assertEquals(
                Map.of(
                        "startupProbe", "/q/health/started 8080",
                        "readinessProbe", "/q/health/ready 8080",
                        "livenessProbe", "/q/health/live 8080"),
                Map.of(
                        "startupProbe", probe(container, "startupProbe"),
                        "readinessProbe", probe(container, "readinessProbe"),
                        "livenessProbe", probe(container, "livenessProbe")));
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void theDatasourceIsTheDatabaseOwnersSecretServeReadsTheStandbysAndLoadWritesThePrimary(Kustomization built) {
        JsonNode initdb =
                built.one("Cluster", CLUSTER).path("spec").path("bootstrap").path("initdb");
        String database = initdb.path("database").asText();
        assertEquals("landscape", database);
        assertEquals("landscape", initdb.path("owner").asText());
        assertFalse(initdb.has("secret"), "the operator makes the owner's Secret, " + CLUSTER + "-app");
        for (ObjectNode container : List.of(serveContainer(built), loadContainer(built))) {
            assertEquals(
                    Map.of(
                            "QUARKUS_DATASOURCE_USERNAME", CLUSTER + "-app username",
                            "QUARKUS_DATASOURCE_PASSWORD", CLUSTER + "-app password"),
                    secretReferences(container));
        }
        assertEquals(
                "postgresql://" + CLUSTER + "-ro:5432/" + database,
                database(env(serveContainer(built)).get("QUARKUS_DATASOURCE_JDBC_URL")));
        assertEquals(
                "postgresql://" + CLUSTER + "-rw:5432/" + database,
                database(env(loadContainer(built)).get("QUARKUS_DATASOURCE_JDBC_URL")));
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void serveRunsTheServeRoleAndTheJobTheLoadCommand(Kustomization built) {
        ObjectNode serve = serveContainer(built);
        assertEquals("serve", env(serve).get("LANDSCAPE_ROLE"));
        // the rate limit counts the client the ingress forwards, trusted from the cluster's network only
        assertEquals("true", env(serve).get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"));
        assertEquals("true", env(serve).get("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED"));
        assertEquals("10.0.0.0/8", env(serve).get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES"));
        assertFalse(serve.has("args") || serve.has("command"), "serve runs the image's ENTRYPOINT as it is");
        ObjectNode load = loadContainer(built);
        assertEquals(List.of("load"), Kustomization.YAML.convertValue(load.path("args"), List.class));
        assertFalse(load.has("command") || env(load).containsKey("LANDSCAPE_ROLE"));
        JsonNode job = built.one("Job", "landscape-load").path("spec");
        assertEquals("Never", jobPod(built).path("spec").path("restartPolicy").asText());
        // refused seed-data and a wrong command line are not retried; a database not reachable yet (1) is
        JsonNode refused = job.path("podFailurePolicy").path("rules").get(0);
        assertEquals("FailJob", refused.path("action").asText());
        assertEquals(load.path("name"), refused.path("onExitCodes").path("containerName"));
        assertEquals(
                "[" + Main.USAGE + "," + LoadCommand.REFUSED + "]",
                refused.path("onExitCodes").path("values").toString());
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void bothRunTheImageWithItsUserAndTheProductionJvmSettings(Kustomization built) throws IOException {
        String jvmOptions = Files.readString(Path.of("bench/jvm.options")).strip();
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertEquals(jvmOptions, dockerfileValue(dockerfile, "ENV JAVA_OPTS_APPEND=\"(.*)\""));
        // sh -c 'exec java ... -jar quarkus-run.jar "$@"' -- ARGS: the container's args reach the application
        assertEquals(
                "[\"sh\", \"-c\", \"exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar \\\"$@\\\"\", \"--\"]",
                dockerfileValue(dockerfile, "ENTRYPOINT (.*)"));
        long user = Long.parseLong(dockerfileValue(dockerfile, "USER (\\d+)"));
        long jvmCaps = jvmMebibytes(jvmOptions, "-Xmx(\\d+)m")
                + jvmMebibytes(jvmOptions, "-XX:MaxMetaspaceSize=(\\d+)m")
                + jvmMebibytes(jvmOptions, "-XX:ReservedCodeCacheSize=(\\d+)m");
        assertEquals(
                416,
                jvmCaps,
                "the memory arithmetic in api-deployment.yaml is for heap, metaspace and code cache of 416 MiB");
        for (String workload : List.of("Deployment landscape-api", "Job landscape-load")) {
            JsonNode pod = built.one(workload.split(" ")[0], workload.split(" ")[1])
                    .path("spec")
                    .path("template")
                    .path("spec");
            assertEquals(user, pod.path("securityContext").path("runAsUser").asLong(), workload);
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), workload);
            for (JsonNode container : pod.path("containers")) {
                assertEquals(
                        "genai-landscape-api:1.0.0", container.path("image").asText(), workload);
                assertEquals(jvmOptions, env(container).get("JAVA_OPTS_APPEND"), workload);
                long limit = mebibytes(container
                        .path("resources")
                        .path("limits")
                        .path("memory")
                        .asText());
                long request = mebibytes(container
                        .path("resources")
                        .path("requests")
                        .path("memory")
                        .asText());
                assertTrue(limit > jvmCaps, workload + ": the memory limit is above the JVM's own caps");
                assertTrue(request <= limit, workload);
                // the one place written to is /tmp, an emptyDir
                assertTrue(
                        container
                                .path("securityContext")
                                .path("readOnlyRootFilesystem")
                                .asBoolean(),
                        workload);
                JsonNode tmp = container.path("volumeMounts").get(0);
                assertEquals("/tmp", tmp.path("mountPath").asText(), workload);
                assertEquals(
                        List.of("emptyDir"),
                        volume(pod, tmp.path("name").asText()).properties().stream()
                                .map(Map.Entry::getKey)
                                .filter(key -> !key.equals("name"))
                                .toList(),
                        workload);
            }
        }
    }

    private static ObjectNode serveContainer(Kustomization built) {
        return only(Kustomization.containers(built.one("Deployment", "landscape-api")));
    }

    private static ObjectNode loadContainer(Kustomization built) {
        return only(Kustomization.containers(built.one("Job", "landscape-load")));
    }

    private static JsonNode jobPod(Kustomization built) {
        return built.one("Job", "landscape-load").path("spec").path("template");
    }

    private static ObjectNode only(List<ObjectNode> containers) {
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    /** Every label the selector names, the pod has with the same value. */
    private static boolean selects(JsonNode selector, JsonNode labels) {
        List<String> missing = new ArrayList<>();
        selector.properties().forEach(label -> {
            if (!label.getValue().equals(labels.path(label.getKey()))) {
                missing.add(label.getKey());
            }
        });
        return !selector.isEmpty() && missing.isEmpty();
    }

    /** A port given by number, or by the name of one of the container's ports. */
    private static int containerPort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode named : container.path("ports")) {
            if (named.path("name").equals(port)) {
                return named.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no container port named " + port);
    }

    private static String probe(JsonNode container, String probe) {
        JsonNode get = container.path(probe).path("httpGet");
        return get.path("path").asText() + " " + containerPort(container, get.path("port"));
    }

    private static Map<String, String> env(JsonNode container) {
        Map<String, String> values = new TreeMap<>();
        container.path("env").forEach(variable -> {
            if (variable.has("value")) {
                values.put(
                        variable.path("name").asText(), variable.path("value").asText());
            }
        });
        return values;
    }

    private static Map<String, String> secretReferences(JsonNode container) {
        Map<String, String> references = new TreeMap<>();
        container.path("env").forEach(variable -> {
            JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
            if (!secret.isMissingNode()) {
                references.put(
                        variable.path("name").asText(),
                        secret.path("name").asText() + " " + secret.path("key").asText());
            }
        });
        return references;
    }

    /** A JDBC URL's scheme, host, port and database (its parameters left out). */
    private static String database(String jdbcUrl) {
        assertTrue(jdbcUrl.startsWith("jdbc:"), jdbcUrl);
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
    }

    private static JsonNode volume(JsonNode pod, String name) {
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.path("name").asText().equals(name)) {
                return volume;
            }
        }
        throw new AssertionError("no volume " + name);
    }

    private static String dockerfileValue(String dockerfile, String line) {
        Matcher matcher = Pattern.compile("^" + line + "$", Pattern.MULTILINE).matcher(dockerfile);
        assertTrue(matcher.find(), "the Dockerfile has a line " + line);
        return matcher.group(1);
    }

    private static long jvmMebibytes(String jvmOptions, String option) {
        Matcher matcher = Pattern.compile("(?:^| )" + option + "(?: |$)").matcher(jvmOptions);
        assertTrue(matcher.find(), option + " in bench/jvm.options");
        return Long.parseLong(matcher.group(1));
    }

    /** A Kubernetes memory quantity in Mi or Gi, in MiB. */
    private static long mebibytes(String quantity) {
        Matcher matcher = Pattern.compile("(\\d+)(Mi|Gi)").matcher(quantity);
        assertTrue(matcher.matches(), quantity);
        return Long.parseLong(matcher.group(1)) * (matcher.group(2).equals("Gi") ? 1024 : 1);
    }
}
