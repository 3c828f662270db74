package ai.landscape.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.api.Catalog;
import ai.landscape.api.CollectionDeclaration;
import ai.landscape.application.Application;
import ai.landscape.common.Build;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReloadTest {

    @Inject
    DatasetLoader loader;

    @Inject
    Catalog catalog;

    @Inject
    EntityManager em;

    @AfterEach
    void restoreThePackagedData() {
        loader.load(SeedSource.classpath(), false);
    }

    /** Every id of every declared collection. */
    private Map<String, List<String>> ids() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<String>> ids = new TreeMap<>();
            for (CollectionDeclaration<?, ?> c : catalog.collections()) {
                String entity = em.getMetamodel().entity(c.entity()).getName();
                ids.put(
                        c.name(),
                        em.createQuery("select e.id from " + entity + " e order by e.id", String.class)
                                .getResultList());
            }
            return ids;
        });
    }

    @Test
    void reloadingTwiceGivesTheSameIdsAndCounts() {
        Map<String, List<String>> before = ids();
        DatasetLoader.Outcome first = loader.load(SeedSource.classpath(), true);
        Map<String, List<String>> afterFirst = ids();
        DatasetLoader.Outcome second = loader.load(SeedSource.classpath(), true);
        assertTrue(first.loaded());
        assertTrue(second.loaded());
        assertEquals(first.version(), second.version());
        assertEquals(first.counts(), second.counts());
        assertEquals(before, afterFirst);
        assertEquals(afterFirst, ids());
        assertEquals(23, afterFirst.get("organizations").size());
        assertEquals(55, afterFirst.get("applications").size());
    }

    @Test
    void unchangedSeedDataIsNotReloaded() {
        DatasetLoader.Outcome outcome = loader.load(SeedSource.classpath(), false);
        assertFalse(outcome.loaded());
        assertEquals(given().get("/api/v1/meta").then().extract().path("datasetVersion"), outcome.version());
    }

    @Test
    void aDatasetLoadedByAnotherBuildIsLoadedAgain() {
        assertFalse(loader.load(SeedSource.classpath(), false).loaded());
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE dataset SET build = 'an-earlier-build'")
                        .executeUpdate());
        DatasetLoader.Outcome outcome = loader.load(SeedSource.classpath(), false);
        assertTrue(outcome.loaded(), "the loaders' code may have changed: the same files are loaded again");
        assertEquals(
                Build.ID,
                QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery("SELECT build FROM dataset")
                                .getSingleResult()));
        assertFalse(loader.load(SeedSource.classpath(), false).loaded());
    }

    @Test
    void aCorruptedSeedFileIsRefusedAndThePreviousDataIsStillServed() {
        String version = given().get("/api/v1/meta").then().extract().path("datasetVersion");
        Path copy = SeedFiles.copy();
        SeedFiles.replace(copy, "tables/applications.csv", "55,mixlab无界社区,AIGC社区,创作者", "55,mixlab无界社区,AIGC社区");
        SeedException e = assertThrows(SeedException.class, () -> loader.load(SeedSource.directory(copy), false));
        assertEquals(
                List.of(
                        "tables/applications.csv row 55: has 3 cells, the header has 4",
                        "curation/applications.yaml row 55: names a row that the table does not have (1..54)"),
                e.problems());
        given().get("/api/v1/meta")
                .then()
                .statusCode(200)
                .body("datasetVersion", equalTo(version))
                .body("counts.applications", equalTo(55))
                .body("counts.organizations", equalTo(23));
        assertEquals(55L, (long) QuarkusTransaction.requiringNew().call(() -> Application.count()));
    }

    @Test
    void changedSeedDataIsLoadedAsANewVersion() {
        String version = given().get("/api/v1/meta").then().extract().path("datasetVersion");
        String search = "/api/v1/applications?q=mita writing&facet=category";
        given().get(search)
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(0))
                .body("facets.category.size()", equalTo(0));
        Path copy = SeedFiles.copy();
        SeedFiles.replace(copy, "curation/applications.yaml", "nameEn: Mita", "nameEn: Mita Writing");
        DatasetLoader.Outcome outcome = loader.load(SeedSource.directory(copy), false);
        assertTrue(outcome.loaded());
        assertNotEquals(version, outcome.version());
        given().get("/api/v1/meta").then().body("datasetVersion", equalTo(outcome.version()));
        assertEquals(
                "Mita Writing",
                QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById("mita").nameEn));
        // the total and facets counted for the previous load are not served for this one
        given().get(search)
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(1))
                .body("items[0].id", equalTo("mita"))
                .body("facets.category[0].count", equalTo(1));
    }
}
