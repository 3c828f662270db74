package ai.landscape.source;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.seed.SeedFiles;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence the API cites from the essays, in any collection, occurs verbatim in its document at the line it
 * gives; and the API serves every quote the corpus curation holds. The documents are read here from seed-data, not
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
        assertEquals(curatedQuotes(), citations.size(), "citations served vs quotes in seed-data/corpus");
        assertTrue(citations.size() > 0);
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

    /** The number of {@code quote:} keys in the corpus curation files. */
    private static int curatedQuotes() throws IOException {
        Pattern key = Pattern.compile("(?m)^\\s*(- )?quote:");
        int n = 0;
        try (Stream<Path> files = Files.list(SeedFiles.ROOT.resolve("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Matcher m = key.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    n++;
                }
            }
        }
        return n;
    }
}
