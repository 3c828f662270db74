package ai.landscape.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.keyword.UnknownKeywordFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The schemas a manifest under deploy/ must meet: the Kubernetes 1.34.0 API's, one per kind used,
 * and the openAPIV3Schema of CloudNativePG 1.30.0's Cluster (their origin in deploy/README.md). Both
 * are made strict on load: an object that lists its fields accepts no other, as the API server's
 * strict field validation (kubectl's default) refuses an unknown field instead of dropping it. So a
 * misspelt field fails.
 *
 * <p>Copied from public repositories, they are kept beside the repository, in the shared folder
 * ({@code ../shared/deploy-schemas}, or {@code -Dlandscape.deploy-schemas=DIR}), not in it; each is
 * pinned by its SHA-256, so that a different version is refused rather than used.
 */
final class ManifestSchemas {

    static final Path DIR = Path.of(System.getProperty("landscape.deploy-schemas", "../shared/deploy-schemas"));

    private static final String KUBERNETES = "kubernetes-v1.34.0/";
    private static final Map<String, String> KINDS = Map.of(
            "deployment-apps-v1.json", "414ba15756277d15cbf4bf4090119920e574a13b3dec81cca623be7f95945804",
            "service-v1.json", "cb4a2511d3838ac3984db24dc646d23351618165e48300d34633e83f9464078c",
            "poddisruptionbudget-policy-v1.json", "7fe00b6173290ee583492592b800d85250a1e3aaa1d50c70d296e5d09a9cbe5d",
            "horizontalpodautoscaler-autoscaling-v2.json",
                    "567ebd84ac7400c7e91327a76c2a90b41e687a899b85ba6fc81d5cd990e7ccf7",
            "job-batch-v1.json", "f0c72b55ad2d26d1d2c45f2b7b8c210351d4c12f9c9298c1e660bf6f678b3a09");
    private static final String CLOUDNATIVE_PG_CLUSTER = "cloudnative-pg-v1.30.0/postgresql.cnpg.io_clusters.yaml";
    private static final String CLOUDNATIVE_PG_CLUSTER_SHA256 =
            "ae47f4a00f6e998faef57e480f9a3960cd48ea16a79270861fc7442601507472";

    /** By "apiVersion kind" */
    private final Map<String, Schema> schemas;
    /** A document's metadata as ObjectMeta, for the custom resources, whose schema says only that it is an object */
    private final Schema objectMeta;

    private ManifestSchemas(Map<String, Schema> schemas, Schema objectMeta) {
        this.schemas = schemas;
        this.objectMeta = objectMeta;
    }

    static ManifestSchemas load() {
        // openapi2jsonschema's output names "http://json-schema.org/schema#"; its keywords are draft 4's
        SchemaRegistry draft4 = SchemaRegistry.withDefaultDialect(kubernetes(Dialects.getDraft4()));
        Map<String, Schema> schemas = new HashMap<>();
        JsonNode objectMeta = null;
        for (Map.Entry<String, String> file : KINDS.entrySet()) {
            ObjectNode schema = (ObjectNode) read(new ObjectMapper(), KUBERNETES + file.getKey(), file.getValue());
            schema.remove("$schema");
            strict(schema);
            for (JsonNode kind : schema.path("x-kubernetes-group-version-kind")) {
                schemas.put(
                        key(
                                kind.path("group").asText(),
                                kind.path("version").asText(),
                                kind.path("kind").asText()),
                        draft4.getSchema(schema));
            }
            // the same ObjectMeta in every kind's schema
            objectMeta = schema.path("properties").path("metadata");
        }
        // A CRD's structural schema is an OpenAPI 3.0 schema object (nullable, x-kubernetes-*)
        SchemaRegistry openApi30 = SchemaRegistry.withDefaultDialect(kubernetes(Dialects.getOpenApi30()));
        JsonNode crd = read(Kustomization.YAML, CLOUDNATIVE_PG_CLUSTER, CLOUDNATIVE_PG_CLUSTER_SHA256)
                .path("spec");
        for (JsonNode version : crd.path("versions")) {
            JsonNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
            strict(schema);
            schemas.put(
                    key(
                            crd.path("group").asText(),
                            version.path("name").asText(),
                            crd.path("names").path("kind").asText()),
                    openApi30.getSchema(schema));
        }
        ObjectNode metadataOnly = new ObjectMapper().createObjectNode();
        metadataOnly.putObject("properties").set("metadata", objectMeta);
        return new ManifestSchemas(schemas, draft4.getSchema(metadataOnly));
    }

    /** What the schema of the document's apiVersion and kind finds wrong in it: nothing when valid. */
    List<String> validate(JsonNode document) {
        String key = document.path("apiVersion").asText() + " "
                + document.path("kind").asText();
        Schema schema = schemas.get(key);
        if (schema == null) {
            return List.of("no schema for " + key);
        }
        Stream<Error> errors = schema.validate(document).stream();
        if (key.startsWith("postgresql.cnpg.io/")) {
            errors = Stream.concat(errors, objectMeta.validate(document).stream());
        }
        return errors.map(Error::toString).toList();
    }

    /**
     * The dialect with Kubernetes' extensions (x-kubernetes-list-type, x-kubernetes-validations, ...)
     * known and not checked: they drive the API server's merges and its CEL rules, not the shape.
     */
    private static Dialect kubernetes(Dialect dialect) {
        return Dialect.builder(dialect)
                .unknownKeywordFactory((keyword, context) -> keyword.startsWith("x-kubernetes-")
                        ? new NonValidationKeyword(keyword)
                        : UnknownKeywordFactory.getInstance().getKeyword(keyword, context))
                .build();
    }

    /** "apiVersion kind", as a document says them */
    private static String key(String group, String version, String kind) {
        return (group.isEmpty() ? version : group + "/" + version) + " " + kind;
    }

    /**
     * additionalProperties: false on every object schema that lists its properties and says nothing
     * of others, unless it keeps unknown fields (x-kubernetes-preserve-unknown-fields): what
     * openapi2jsonschema --strict writes, and what the API server does with an unknown field.
     */
    private static void strict(JsonNode schema) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("properties")
                && !schema.has("additionalProperties")
                && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
            ((ObjectNode) schema).put("additionalProperties", false);
        }
        schema.path("properties").forEach(ManifestSchemas::strict);
        Stream.of("items", "additionalProperties", "not").forEach(field -> strict(schema.path(field)));
        Stream.of("allOf", "anyOf", "oneOf").forEach(field -> schema.path(field).forEach(ManifestSchemas::strict));
    }

    private static JsonNode read(ObjectMapper mapper, String file, String sha256) {
        try {
            byte[] content = Files.readAllBytes(DIR.resolve(file));
            String found = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            if (!found.equals(sha256)) {
                throw new IllegalStateException(DIR.resolve(file) + " is not the pinned version: SHA-256 " + found);
            }
            return mapper.readTree(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
