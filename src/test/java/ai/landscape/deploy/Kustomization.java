package ai.landscape.deploy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What {@code kubectl kustomize DIR} builds from a kustomization under deploy/: its documents, and
 * every file it read on the way (kustomizations, resources, patches). Only the fields these
 * kustomizations use are known (resources, namespace, images, JSON 6902 patches with a target), in
 * kustomize's order (resources, patches, namespace, images); a kustomization with any other field is
 * refused rather than half built, so a new field gets its meaning here when the manifests need it.
 */
record Kustomization(List<ObjectNode> documents, Set<Path> files) {

    static final Path DEPLOY = Path.of("deploy");
    static final YAMLMapper YAML = new YAMLMapper();

    private static final String FILE = "kustomization.yaml";
    private static final Set<String> FIELDS =
            Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches");

    /** The folders under {@code root} that hold a kustomization. */
    static List<Path> under(Path root) {
        return yamlFiles(root).stream()
                .filter(file -> file.getFileName().toString().equals(FILE))
                .map(Path::getParent)
                .toList();
    }

    /** Every YAML file under {@code root}. */
    static List<Path> yamlFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file ->
                            file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .map(Path::normalize)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Kustomization build(Path dir) {
        Path file = dir.resolve(FILE).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(dir + " has no " + FILE);
        }
        JsonNode kustomization = readTree(file);
        if (!kustomization.path("apiVersion").asText().equals("kustomize.config.k8s.io/v1beta1")
                || !kustomization.path("kind").asText().equals("Kustomization")) {
            throw new IllegalStateException(file + " is not a kustomize.config.k8s.io/v1beta1 Kustomization");
        }
        Set<String> unknown = new TreeSet<>();
        kustomization.fieldNames().forEachRemaining(unknown::add);
        unknown.removeAll(FIELDS);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(file + ": fields this build does not know: " + unknown);
        }
        List<ObjectNode> documents = new ArrayList<>();
        Set<Path> files = new TreeSet<>(Set.of(file));
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                Kustomization base = build(path);
                documents.addAll(base.documents());
                files.addAll(base.files());
            } else if (Files.isRegularFile(path)) {
                documents.addAll(readDocuments(path));
                files.add(path);
            } else {
                throw new IllegalStateException(
                        file + " lists the resource " + resource.asText() + ", which does not exist");
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            Path path = dir.resolve(patch.path("path").asText()).normalize();
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException(
                        file + " lists the patch " + patch.path("path").asText() + ", which does not exist");
            }
            files.add(path);
            JsonNode target = patch.path("target");
            List<ObjectNode> targets = documents.stream()
                    .filter(document -> matches(document, target))
                    .toList();
            if (targets.size() != 1) {
                throw new IllegalStateException(
                        file + ": the patch " + patch.path("path").asText() + " targets " + target + ", which "
                                + targets.size() + " resources match (one expected)");
            }
            for (JsonNode operation : readTree(path)) {
                apply(targets.get(0), operation, path);
            }
        }
        if (kustomization.has("namespace")) {
            documents.forEach(document -> ((ObjectNode) document.path("metadata"))
                    .put("namespace", kustomization.path("namespace").asText()));
        }
        for (JsonNode image : kustomization.path("images")) {
            String name = image.path("name").asText();
            String replacement = image.path("newName").asText(name) + ":"
                    + image.path("newTag").asText();
            documents.forEach(document -> containers(document).forEach(container -> {
                if (imageName(container.path("image").asText()).equals(name)) {
                    container.put("image", replacement);
                }
            }));
        }
        return new Kustomization(documents, files);
    }

    /** The one document of this kind and name. */
    ObjectNode one(String kind, String name) {
        List<ObjectNode> found = documents.stream()
                .filter(document -> document.path("kind").asText().equals(kind)
                        && document.path("metadata").path("name").asText().equals(name))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " documents are " + kind + " " + name + " (one expected)");
        }
        return found.get(0);
    }

    /** The containers of a workload's pod template (none for other kinds). */
    static List<ObjectNode> containers(JsonNode document) {
        JsonNode pod = document.path("spec").path("template").path("spec");
        List<ObjectNode> containers = new ArrayList<>();
        Stream.of("initContainers", "containers")
                .forEach(field -> pod.path(field).forEach(container -> containers.add((ObjectNode) container)));
        return containers;
    }

    static List<ObjectNode> readDocuments(Path path) {
        try {
            return YAML.readerFor(ObjectNode.class)
                    .<ObjectNode>readValues(path.toFile())
                    .readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(Path path) {
        try {
            return YAML.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The image without its tag or digest (a registry's port stays: the tag follows the last '/'). */
    private static String imageName(String image) {
        int end = image.indexOf('@') >= 0 ? image.indexOf('@') : image.length();
        int colon = image.lastIndexOf(':', end - 1);
        return colon > image.lastIndexOf('/') ? image.substring(0, colon) : image.substring(0, end);
    }

    /** A patch target: kind and name, and the group and version when given. */
    private static boolean matches(JsonNode document, JsonNode target) {
        String apiVersion = document.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return document.path("kind").asText().equals(target.path("kind").asText())
                && document.path("metadata")
                        .path("name")
                        .asText()
                        .equals(target.path("name").asText())
                && (!target.has("group") || target.path("group").asText().equals(group))
                && (!target.has("version") || target.path("version").asText().equals(version));
    }

    /** One RFC 6902 operation (add, replace, remove: what the patches here use). */
    private static void apply(ObjectNode document, JsonNode operation, Path patch) {
        JsonPointer pointer = JsonPointer.compile(operation.path("path").asText());
        JsonNode parent = document.at(pointer.head());
        String last = pointer.last().getMatchingProperty();
        String op = operation.path("op").asText();
        boolean exists = !document.at(pointer).isMissingNode();
        if (parent.isObject() && (op.equals("add") || (op.equals("replace") && exists))) {
            ((ObjectNode) parent).set(last, operation.path("value").deepCopy());
        } else if (parent.isObject() && op.equals("remove") && exists) {
            ((ObjectNode) parent).remove(last);
        } else if (parent.isArray() && op.equals("add")) {
            ArrayNode array = (ArrayNode) parent;
            array.insert(
                    last.equals("-") ? array.size() : Integer.parseInt(last),
                    operation.path("value").deepCopy());
        } else {
            throw new IllegalStateException(patch + ": cannot " + op + " " + pointer + " in "
                    + document.path("kind").asText() + " "
                    + document.path("metadata").path("name").asText());
        }
    }
}
