package ai.landscape.source;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.seed.SeedFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence the API cites from the essays, in any collection, occurs verbatim in its document at the line it
 * gives; and the API serves every quote the corpus curation holds (some records cite more: a thesis's text is its
 * first citation). The documents are read here from seed-data, not
 * through the service.
 */
@QuarkusTest
class CorpusQuotesTest {

    @Test
    void everyCitedQuoteOccursVerbatimAtItsLine() throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (Map<String, Object> s : given().get("/api/v1/sources?pageSize=500")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("items")) {
            texts.put((String) s.get("id"), Files.readString(SeedFiles.ROOT.resolve("documents/" + s.get("file"))));
        }
        Object export =
                given().get("/api/v1/export").then().statusCode(200).extract().as(Object.class);
        List<Map<?, ?>> citations = new ArrayList<>();
        collect(export, citations);
        List<String> wrong = new ArrayList<>();
        for (Map<?, ?> c : citations) {
            String text = texts.get((String) c.get("source"));
            String quote = (String) c.get("quote");
            int at = text == null ? -1 : text.indexOf(quote);
            if (at < 0) {
                wrong.add(c.get("source") + ": not verbatim: " + quote);
            } else if (!c.get("line")
                    .equals(1
                            + (int) text.substring(0, at)
                                    .chars()
                                    .filter(ch -> ch == '\n')
                                    .count())) {
                wrong.add(c.get("source") + ": not at line " + c.get("line") + ": " + quote);
            } else if (text.lastIndexOf((String) c.get("section"), at) < 0) {
                wrong.add(c.get("source") + ": section not before the quote: " + c.get("section"));
            }
        }
        assertEquals(List.of(), wrong);
        Set<Object> served = citations.stream().map(c -> c.get("quote")).collect(Collectors.toSet());
        List<String> curated = curatedQuotes();
        assertTrue(curated.size() > 200, "the corpus curation holds " + curated.size() + " quotes");
        assertEquals(
                List.of(), curated.stream().filter(q -> !served.contains(q)).toList(), "curated but not served");
    }

    private static void collect(Object node, List<Map<?, ?>> citations) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("quote") != null && map.containsKey("section") && map.containsKey("source")) {
                citations.add(map);
            }
            map.values().forEach(v -> collect(v, citations));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, citations));
        }
    }

    /** The values of every {@code quote} key in the corpus curation files, read with a plain YAML parser. */
    private static List<String> curatedQuotes() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Map<?, ?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(SeedFiles.ROOT.resolve("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                collectQuotes(yaml.readValue(f.toFile(), Object.class), found);
            }
        }
        return found.stream().map(m -> (String) m.get("quote")).toList();
    }

    private static void collectQuotes(Object node, List<Map<?, ?>> found) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("quote") instanceof String) {
                found.add(map);
            }
            map.values().forEach(v -> collectQuotes(v, found));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectQuotes(v, found));
        }
    }
}
