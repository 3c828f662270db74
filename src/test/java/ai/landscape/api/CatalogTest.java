package ai.landscape.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.seed.SearchDocument;
import ai.landscape.vocabulary.Coded;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every declared collection appears wherever the API shows collections, without being named anywhere but in its own
 * package: /meta counts, /export, /vocabularies, its list and detail, the OpenAPI document and, if it is searchable,
 * /search and the collections vocabulary.
 */
@QuarkusTest
class CatalogTest {

    @Inject
    Catalog catalog;

    @Inject
    EntityManager em;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode get(String path) throws IOException {
        return json.readTree(given().get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void everyDeclaredCollectionIsInMetaExportVocabulariesItsListTheSpecAndSearch() throws IOException {
        JsonNode meta = get("/api/v1/meta");
        JsonNode export = get("/api/v1/export");
        JsonNode vocabularies = get("/api/v1/vocabularies");
        JsonNode spec = new YAMLMapper().readTree(OpenApiSpecTest.COMMITTED.toFile());
        JsonNode schemas = spec.at("/components/schemas");
        List<String> searchedCodes = new ArrayList<>();
        for (CollectionDeclaration<?, ?> c : catalog.collections()) {
            String name = c.name();
            String entity = em.getMetamodel().entity(c.entity()).getName();
            long count = QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery("select count(e) from " + entity + " e", Long.class)
                            .getSingleResult());
            assertTrue(count > 0, name + " has records");
            assertEquals(count, meta.at("/counts/" + name).asLong(), "/meta counts " + name);
            assertEquals(count, export.get(name).size(), "/export " + name);
            assertEquals(
                    count,
                    get("/api/v1/" + c.path() + "?pageSize=1").get("totalSize").asLong(),
                    c.path());
            String first = export.get(name).get(0).get("id").asText();
            assertEquals(
                    first, get("/api/v1/" + c.path() + "/" + first).get("id").asText());
            for (Class<? extends Coded> vocabulary : c.vocabularies()) {
                List<String> codes = new ArrayList<>();
                vocabularies
                        .get(Catalog.key(vocabulary))
                        .forEach(code -> codes.add(code.get("code").asText()));
                assertEquals(
                        Arrays.stream(vocabulary.getEnumConstants())
                                .map(Coded::name)
                                .toList(),
                        codes,
                        "/vocabularies " + Catalog.key(vocabulary));
            }
            JsonNode list = spec.at("/paths/~1api~1v1~1" + c.path() + "/get");
            assertEquals(c.listOperationId(), list.get("operationId").asText());
            assertTrue(list.at("/responses/200/content").has(Representation.CSV_TYPE), c.path() + " as CSV");
            assertFalse(spec.at("/paths/~1api~1v1~1" + c.path() + "~1{id}/get").isMissingNode(), c.path() + "/{id}");
            assertEquals(
                    "integer",
                    schemas.at("/Counts/properties/" + name + "/type").asText());
            assertEquals(
                    "#/components/schemas/" + c.list().dto().getSimpleName(),
                    schemas.at("/Export/properties/" + name + "/items/$ref").asText());
            if (c.searchable()) {
                searchedCodes.add(c.code());
                SearchDocument document = QuarkusTransaction.requiringNew()
                        .call(() -> c.searchDocument(em.find(c.entity(), first)).orElseThrow());
                JsonNode hits = json.readTree(given().queryParam("q", document.name())
                        .queryParam("collection", c.code())
                        .queryParam("pageSize", 500)
                        .get("/api/v1/search")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
                assertTrue(
                        hits.get("items").findValuesAsText("id").contains(first),
                        "/search finds " + name + " " + first);
            }
        }
        List<String> vocabularyCodes = new ArrayList<>();
        vocabularies
                .get(Catalog.COLLECTIONS)
                .forEach(code -> vocabularyCodes.add(code.get("code").asText()));
        assertEquals(searchedCodes, vocabularyCodes, "the collections vocabulary holds the searchable collections");
        List<String> specCodes = new ArrayList<>();
        schemas.at("/Collection/enum").forEach(code -> specCodes.add(code.asText()));
        assertEquals(searchedCodes, specCodes);
        List<String> metaOrder = new ArrayList<>();
        meta.get("counts").fieldNames().forEachRemaining(metaOrder::add);
        assertEquals(
                catalog.collections().stream().map(CollectionDeclaration::name).toList(), metaOrder);
    }

    @Test
    void namesCodesAndPositionsAreUnique() {
        List<CollectionDeclaration<?, ?>> all = catalog.collections();
        assertEquals(
                all.size(),
                new HashSet<>(all.stream().map(CollectionDeclaration::path).toList()).size());
        assertEquals(
                all.size(),
                new HashSet<>(all.stream().map(CollectionDeclaration::position).toList()).size());
        assertEquals(
                all.size(),
                new HashSet<>(all.stream().map(c -> c.list().table()).toList()).size());
        for (CollectionDeclaration<?, ?> c : all) {
            assertTrue(c.path().matches("[a-z]+(-[a-z]+)*"), c.path());
            assertTrue(c.name().matches("[a-z]+([A-Z][a-z]+)*"), c.name());
            assertTrue(c.code().matches("[A-Z]+(_[A-Z]+)*"), c.code());
        }
        assertEquals("sotaModels", catalog.byCode("SOTA_MODELS").orElseThrow().name());
        assertEquals(
                "listSotaModels", catalog.byCode("SOTA_MODELS").orElseThrow().listOperationId());
        assertEquals("sotaTypes", Catalog.key(ai.landscape.vocabulary.SotaType.class));
        assertEquals("capabilities", Catalog.key(ai.landscape.vocabulary.Capability.class));
    }
}
