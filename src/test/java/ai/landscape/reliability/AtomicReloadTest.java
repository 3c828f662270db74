package ai.landscape.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.seed.DatasetLoader;
import ai.landscape.seed.SeedException;
import ai.landscape.seed.SeedFiles;
import ai.landscape.seed.SeedSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reloads swap the dataset in one step: readers running meanwhile see the old or the new
 * dataset, never a mix, and a refused reload leaves the served data as it was.
 *
 * <p>Dataset A is the seed-data; dataset B the same with every 文生图 application turned into 图生图.
 * A: 21 TEXT_TO_IMAGE and 4 IMAGE_TO_IMAGE; B: 0 and 25. A list read (count, page and facets) or an
 * export that mixed the two would show another pair, or facets that disagree with its items.
 */
@QuarkusTest
class AtomicReloadTest {

    @Inject
    DatasetLoader loader;

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void restore() {
        loader.load(SeedSource.classpath(), false);
    }

    @Test
    void readersNeverSeeAMixOfTwoDatasets() throws Exception {
        Path b = SeedFiles.copy();
        assertEquals(21, SeedFiles.replaceAll(b, "tables/applications.csv", ",文生图,", ",图生图,"));
        Path bad = SeedFiles.copy();
        SeedFiles.replace(bad, "tables/applications.csv", "1,秘塔,文本编辑,", "1,秘塔,文本编辑器,");

        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            boolean export = t == 2;
            Thread reader = new Thread(() -> {
                while (!done.get()) {
                    try {
                        String problem = export ? checkExport() : checkList();
                        if (problem != null) {
                            problems.add(problem);
                        }
                        reads.incrementAndGet();
                    } catch (Exception e) {
                        problems.add(e.toString());
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }
        int loads = 0;
        for (int i = 0; i < 6; i++) {
            assertTrue(loader.load(SeedSource.directory(b), false).loaded());
            assertThrows(SeedException.class, () -> loader.load(SeedSource.directory(bad), false));
            // the refused load left dataset B served
            assertEquals(List.of(), imageToImage(get("/api/v1/applications?pageSize=500"), 25));
            assertTrue(loader.load(SeedSource.classpath(), false).loaded());
            loads += 2;
        }
        done.set(true);
        for (Thread reader : readers) {
            reader.join();
        }
        assertEquals(List.of(), List.copyOf(problems));
        assertEquals(12, loads);
        assertTrue(reads.get() > 20, "readers ran during the reloads: " + reads.get());
    }

    /** A list read: its facets agree with its items, and the pair is A's or B's. */
    private String checkList() throws Exception {
        JsonNode page = get("/api/v1/applications?pageSize=500&facet=category");
        if (page.get("totalSize").asInt() != 55 || page.get("items").size() != 55) {
            return "list size " + page.get("totalSize") + "/"
                    + page.get("items").size();
        }
        int t2i = 0;
        int i2i = 0;
        for (JsonNode item : page.get("items")) {
            String categories = item.get("categories").toString();
            t2i += categories.contains("\"TEXT_TO_IMAGE\"") ? 1 : 0;
            i2i += categories.contains("\"IMAGE_TO_IMAGE\"") ? 1 : 0;
        }
        int facetT2i = 0;
        int facetI2i = 0;
        for (JsonNode f : page.at("/facets/category")) {
            facetT2i += f.get("value").asText().equals("TEXT_TO_IMAGE")
                    ? f.get("count").asInt()
                    : 0;
            facetI2i += f.get("value").asText().equals("IMAGE_TO_IMAGE")
                    ? f.get("count").asInt()
                    : 0;
        }
        boolean known = t2i == 21 && i2i == 4 || t2i == 0 && i2i == 25;
        return known && facetT2i == t2i && facetI2i == i2i
                ? null
                : "mixed list: items " + t2i + "/" + i2i + ", facets " + facetT2i + "/" + facetI2i;
    }

    /** An export: one dataset version, and the pair of that version. */
    private String checkExport() throws Exception {
        JsonNode export = get("/api/v1/export");
        int t2i = 0;
        int i2i = 0;
        for (JsonNode item : export.get("applications")) {
            t2i += item.get("categories").toString().contains("\"TEXT_TO_IMAGE\"") ? 1 : 0;
            i2i += item.get("categories").toString().contains("\"IMAGE_TO_IMAGE\"") ? 1 : 0;
        }
        boolean known = t2i == 21 && i2i == 4 || t2i == 0 && i2i == 25;
        return known && export.get("organizations").size() == 23 ? null : "mixed export: " + t2i + "/" + i2i;
    }

    /** Nothing, when a page holds {@code expected} IMAGE_TO_IMAGE applications; else what it holds. */
    private static List<String> imageToImage(JsonNode page, int expected) {
        long count = 0;
        for (JsonNode item : page.get("items")) {
            count += item.get("categories").toString().contains("IMAGE_TO_IMAGE") ? 1 : 0;
        }
        return count == expected ? List.of() : List.of("IMAGE_TO_IMAGE " + count);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
        }
        return json.readTree(r.body());
    }
}
