package ai.landscape.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** openapi/openapi.yaml is the contract: it equals what the service serves, and it is complete. */
@QuarkusTest
class OpenApiSpecTest {

    @Inject
    Catalog catalog;

    static final Path COMMITTED = Path.of("openapi/openapi.yaml");

    @Test
    void theCommittedSpecIsWhatTheServiceServes() throws IOException {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.writeString(Path.of("target/openapi-served.yaml"), served);
        assertEquals(
                Files.readString(COMMITTED),
                served,
                "openapi/openapi.yaml differs from the spec the code serves (see target/openapi-served.yaml); review the change, "
                        + "then update the file with openapi/update-spec.sh");
    }

    @Test
    void everyOperationIsDocumented() throws IOException {
        JsonNode spec = new YAMLMapper().readTree(COMMITTED.toFile());
        assertEquals("3.0.3", spec.get("openapi").asText());
        List<String> missing = new ArrayList<>();
        int operations = 0;
        List<String> operationIds = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey() + " " + path.getKey();
                operations++;
                JsonNode o = op.getValue();
                operationIds.add(o.path("operationId").asText());
                for (String field : List.of("operationId", "summary", "description")) {
                    if (!o.hasNonNull(field)) {
                        missing.add(where + ": no " + field);
                    }
                }
                for (JsonNode p : o.path("parameters")) {
                    if (!p.hasNonNull("description") || !p.hasNonNull("schema")) {
                        missing.add(where + ": parameter " + p.get("name") + " lacks a description or schema");
                    }
                }
                for (String status : List.of("200", "400", "404", "406", "500", "503")) {
                    JsonNode r = o.path("responses").path(status);
                    JsonNode media = r.path("content").elements().hasNext()
                            ? r.path("content").elements().next()
                            : null;
                    if (media == null || !media.has("schema") || !media.has("example")) {
                        missing.add(where + ": response " + status + " lacks a schema or an example");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        // every list operation of the declared collections, a detail per collection, and meta, export, vocabularies
        assertTrue(operationIds.containsAll(catalog.lists().keySet()), operationIds.toString());
        assertEquals(catalog.lists().size() + catalog.collections().size() + 3, operations);
    }

    @Test
    void theListParametersCarryTypesEnumsBoundsAndDefaults() throws IOException {
        JsonNode spec = new YAMLMapper().readTree(COMMITTED.toFile());
        JsonNode params = spec.at("/paths/~1api~1v1~1sota-models/get/parameters");
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        params.forEach(p -> byName.put(p.get("name").asText(), p));
        assertEquals(
                "#/components/schemas/SotaType",
                byName.get("type").at("/schema/items/$ref").asText());
        assertEquals(
                "[\"LANGUAGE\",\"TEXT_TO_IMAGE\",\"IMAGE_TEXT\",\"TEXT_TO_VIDEO\",\"TEXT_TO_3D\"]",
                spec.at("/components/schemas/SotaType/enum").toString());
        assertEquals("int64", byName.get("minParameters").at("/schema/format").asText());
        assertEquals(0, byName.get("minParameters").at("/schema/minimum").asInt());
        assertEquals(1, byName.get("pageSize").at("/schema/minimum").asInt());
        assertEquals(500, byName.get("pageSize").at("/schema/maximum").asInt());
        assertEquals(50, byName.get("pageSize").at("/schema/default").asInt());
        assertEquals("id", byName.get("sort").at("/schema/default").asText());
        assertTrue(spec.at("/paths/~1api~1v1~1search/get/parameters").findValues("required").stream()
                .anyMatch(JsonNode::asBoolean));
    }

    @Test
    void theValidatorRejectsAResponseThatBreaksTheSpec() {
        ValidationReport wrongType = SpecValidation.VALIDATOR.validateResponse(
                "/api/v1/organizations/openai",
                Request.Method.GET,
                SimpleResponse.Builder.ok()
                        .withContentType("application/json")
                        .withBody("{\"id\": 42}")
                        .build());
        assertTrue(wrongType.hasErrors(), wrongType.toString());
        ValidationReport badEnum = SpecValidation.VALIDATOR.validateResponse(
                "/api/v1/takeaways/gap-talent",
                Request.Method.GET,
                SimpleResponse.Builder.ok()
                        .withContentType("application/json")
                        .withBody(
                                "{\"id\":\"gap-talent\",\"kind\":\"OTHER\",\"topic\":\"TALENT\",\"text\":\"t\",\"textEn\":\"t\","
                                        + "\"provenance\":{\"source\":\"s\",\"table\":\"t\",\"row\":1}}")
                        .build());
        assertTrue(badEnum.hasErrors(), badEnum.toString());
        ValidationReport badProblem = SpecValidation.VALIDATOR.validateResponse(
                "/api/v1/organizations/acme",
                Request.Method.GET,
                SimpleResponse.Builder.status(404)
                        .withContentType("application/problem+json")
                        .withBody("{\"title\": 404}")
                        .build());
        assertTrue(badProblem.hasErrors(), badProblem.toString());
    }

    @Test
    void everyExampleOfTheSpecValidatesAgainstItsOwnSchema() throws IOException {
        JsonNode spec = new YAMLMapper().readTree(COMMITTED.toFile());
        Map<String, String> concretePaths = Map.of("{id}", "x");
        List<String> invalid = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = path.getKey().replace("{id}", concretePaths.get("{id}"));
            for (Iterator<Map.Entry<String, JsonNode>> responses =
                            path.getValue().path("get").path("responses").fields();
                    responses.hasNext(); ) {
                Map.Entry<String, JsonNode> r = responses.next();
                for (Iterator<Map.Entry<String, JsonNode>> media =
                                r.getValue().path("content").fields();
                        media.hasNext(); ) {
                    Map.Entry<String, JsonNode> m = media.next();
                    if (!m.getValue().has("example")) {
                        invalid.add(path.getKey() + " " + r.getKey() + " " + m.getKey() + ": no example");
                        continue;
                    }
                    ValidationReport report = SpecValidation.VALIDATOR.validateResponse(
                            concrete,
                            Request.Method.GET,
                            SimpleResponse.Builder.status(Integer.parseInt(r.getKey()))
                                    .withContentType(m.getKey())
                                    .withBody(m.getValue().get("example").toString())
                                    .build());
                    if (report.hasErrors()) {
                        invalid.add(path.getKey() + " " + r.getKey() + ": " + report);
                    }
                }
            }
        }
        assertEquals(List.of(), invalid);
        assertFalse(spec.get("paths").isEmpty());
    }
}
