package ai.landscape.metric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.api.Catalog;
import ai.landscape.api.ListResponses;
import ai.landscape.seed.SeedFiles;
import ai.landscape.vocabulary.Code;
import ai.landscape.vocabulary.Label;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figures of the essays. Hand count, by document: 000 and 002 state the same 5 (数十亿 workers, 至少提高10%, 数万亿美元,
 * 6个数量级, GitHub Copilot 近40%), each cited in both; 001 states 22 (导语: 六十年, 四十年, 数万亿代币, 二十年, 数十亿美元计算,
 * 1亿美元 seed, 超过10亿美元, SaaS 几年, 11个团队, Midjourney 数亿美元, Character 两个小时; wrong list: 近十年; right list:
 * 6周, 2.5年, 3.5年, YouTube 4年, Facebook 4年, 2小时, 55%; value question: 60-65%, 85%, 14%); 003 states 6 (数百万盘,
 * 98%, 数十亿美元, 15 家, 20 家, 约 20): 33.
 */
@QuarkusTest
class MetricTest {

    @Inject
    Catalog catalog;

    private static JsonPath list(String query) {
        return ListResponses.page("/api/v1/metrics?pageSize=100" + query);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'' | 33",
                "&source=creative-new-world-2022 | 5",
                "&source=creative-new-world-2022-zh-2025 | 5",
                "&source=act-two-2023 | 22",
                "&source=act-o1-2024 | 6",
                "&measure=TIME_TO_100M_USERS | 5",
                "&measure=DAU_MAU_RATIO | 3",
                "&measure=COMPANY_COUNT | 3",
                "&unit=PERCENT | 7",
                "&unit=ORDERS_OF_MAGNITUDE | 1",
                "&qualifier=MAGNITUDE | 8",
                "&qualifier=RANGE | 1",
                "&company=midjourney | 2",
                "&company=character-ai | 2",
                "&organization=meta | 1",
                "&model=openai-chatgpt | 1",
                "&thesis=the-first-killer-apps-have-arrived | 8",
                "&thesis=one-model-to-rule-them-all | 1",
                "&thesis=developers-are-key | 0",
            })
    void theCountsAreTheHandCounts(String query, int count) {
        assertEquals(count, list(query).getInt("totalSize"));
    }

    @Test
    void everyValueRawIsWrittenInEachOfItsQuotesAndEveryQuoteInItsDocument() throws IOException {
        Map<String, String> files = Map.of(
                "creative-new-world-2022", "000_e4ffd1ca364a8d56.txt",
                "act-two-2023", "001_ec6f57f18c71af4e.txt",
                "creative-new-world-2022-zh-2025", "002_2f47759ab0307d1f.txt",
                "act-o1-2024", "003_cdb5927410fbb274.txt");
        List<Map<String, Object>> metrics = list("").getList("items");
        List<String> wrong = new ArrayList<>();
        int quotes = 0;
        for (Map<String, Object> m : metrics) {
            String valueRaw = (String) m.get("valueRaw");
            for (Object o : (List<?>) m.get("provenance")) {
                Map<?, ?> c = (Map<?, ?>) o;
                String quote = (String) c.get("quote");
                String document = Files.readString(
                        SeedFiles.ROOT.resolve("documents").resolve(files.get((String) c.get("source"))));
                quotes++;
                if (!quote.contains(valueRaw)) {
                    wrong.add(m.get("id") + ": '" + valueRaw + "' not in '" + quote + "'");
                }
                if (!document.contains(quote)) {
                    wrong.add(m.get("id") + ": '" + quote + "' not in " + c.get("source"));
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(33, metrics.size());
        assertEquals(39, quotes, "five figures cite both translations of 2022, Midjourney's revenue two sentences");
    }

    @Test
    void aFigureKeepsItsWordsBesideTheNumberAndItsLinks() {
        given().get("/api/v1/metrics/chatgpt-time-to-100m-users")
                .then()
                .statusCode(200)
                .body("subject", equalTo("ChatGPT"))
                .body("subjectModel", equalTo("openai-chatgpt"))
                .body("subjectOrganization", nullValue())
                .body("subjectCompany", nullValue())
                .body("measure", equalTo("TIME_TO_100M_USERS"))
                .body("valueRaw", equalTo("6周"))
                .body("value", equalTo(6))
                .body("unit", equalTo("WEEKS"))
                .body("qualifier", equalTo("EXACT"))
                .body("period", nullValue())
                .body("thesis", equalTo("the-first-killer-apps-have-arrived"))
                .body("provenance[0].line", equalTo(109));
        given().get("/api/v1/metrics/instagram-time-to-100m-users")
                .then()
                .body("value", equalTo(2.5f))
                .body("unit", equalTo("YEARS"));
    }

    @Test
    void aRangeHasLowAndHighAndAMagnitudeWordNoNumber() {
        given().get("/api/v1/metrics/top-consumer-companies-dau-mau")
                .then()
                .statusCode(200)
                .body("subject", equalTo("一些最好的消费公司"))
                .body("valueRaw", equalTo("60-65%"))
                .body("value", nullValue())
                .body("low", equalTo(60))
                .body("high", equalTo(65))
                .body("qualifier", equalTo("RANGE"));
        given().get("/api/v1/metrics/knowledge-and-creative-workers")
                .then()
                .statusCode(200)
                .body("valueRaw", equalTo("数十亿"))
                .body("value", nullValue())
                .body("low", nullValue())
                .body("qualifier", equalTo("MAGNITUDE"))
                .body("sources", equalTo(List.of("creative-new-world-2022", "creative-new-world-2022-zh-2025")))
                .body(
                        "provenance.quote",
                        equalTo(List.of("生成型AI涉及的领域——知识工作和创意工作——涵盖数十亿工人。", "生成式AI所涉及的领域——知识工作和创造性工作——涵盖了数十亿工作者。")));
    }

    @Test
    void translationSlipsAndPeriodsStayAsWritten() {
        given().get("/api/v1/metrics/midjourney-team-size")
                .then()
                .body("valueRaw", equalTo("11个团队"))
                .body("value", equalTo(11))
                .body("unit", equalTo("COUNT"))
                .body("subjectCompany", equalTo("midjourney"));
        given().get("/api/v1/metrics/gpt-4-price-per-token-decline")
                .then()
                .body("subject", equalTo("GPT-4"))
                .body("subjectModel", nullValue())
                .body("measure", equalTo("PRICE_DECLINE"))
                .body("value", equalTo(98))
                .body("period", equalTo("自从上次开发者大会以来"))
                .body("thesis", equalTo("one-model-to-rule-them-all"))
                .body("provenance[0].quote", equalTo("相反，模型层的竞争如刀尖上的较量，自从上次开发者大会以来，GPT-4\n每个 token 的价格下降了 98%。"));
        given().get("/api/v1/metrics/seed-round-size")
                .then()
                .body("valueRaw", equalTo("1亿美元"))
                .body("value", equalTo(100000000));
    }

    @Test
    void sortedByValueTheLargestNumberComesFirstAndFiguresWithoutOneLast() {
        List<String> ids = list("&sort=-value").getList("items.id");
        assertEquals("startup-revenue", ids.get(0));
        assertEquals("seed-round-size", ids.get(1));
        List<Object> values = list("&sort=-value").getList("items.value");
        assertEquals(null, values.get(values.size() - 1));
        assertEquals(
                List.of("ECONOMIC_VALUE", "WORKFORCE_SIZE"),
                list("&source=creative-new-world-2022&qualifier=MAGNITUDE&sort=measure")
                        .getList("items.measure"));
    }

    @Test
    void theFacetsCountMeasuresUnitsAndSources() {
        JsonPath r = list("&facet=measure&facet=unit&facet=source&thesis=the-first-killer-apps-have-arrived");
        assertEquals("TIME_TO_100M_USERS", r.getString("facets.measure[0].value"));
        assertEquals(5, r.getInt("facets.measure[0].count"));
        assertEquals("YEARS", r.getString("facets.unit[0].value"));
        assertEquals(4, r.getInt("facets.unit[0].count"));
        assertEquals(List.of("act-two-2023"), r.getList("facets.source.value"));
        assertEquals(List.of(8), r.getList("facets.source.count"));
    }

    /** What /vocabularies serves, read from the catalog: the committed spec does not list these vocabularies yet. */
    @Test
    void theVocabulariesServeMeasuresAndUnits() {
        Map<String, List<Code>> vocabularies = catalog.vocabularies();
        assertEquals(19, vocabularies.get("measures").size());
        assertEquals(
                new Code("DAU_MAU_RATIO", new Label("日活/月活比", "Daily to monthly active users (DAU/MAU)")),
                vocabularies.get("measures").get(16));
        assertTrue(vocabularies.get("units").stream().anyMatch(c -> c.code().equals("ORDERS_OF_MAGNITUDE")));
    }

    @Test
    void anUnknownMetricIsA404Problem() {
        given().get("/api/v1/metrics/chatgpt-time-to-1b-users")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("no metric has the id 'chatgpt-time-to-1b-users'"));
    }

    @Test
    void theListIsServedAsCsvWithFlatFigures() throws IOException {
        String body = given().accept("text/csv")
                .get("/api/v1/metrics?measure=DAU_MAU_RATIO&sort=value")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        List<CSVRecord> rows = ListResponses.csv(body);
        assertEquals(
                List.of("generative-ai-apps-median-dau-mau", "whatsapp-dau-mau", "top-consumer-companies-dau-mau"),
                rows.stream().map(r -> r.get("id")).toList());
        assertEquals("85%", rows.get(1).get("valueRaw"));
        assertEquals("85", rows.get(1).get("value"));
        assertEquals("PERCENT", rows.get(1).get("unit"));
        assertEquals("", rows.get(2).get("value"));
        assertEquals("60", rows.get(2).get("low"));
        assertEquals("RANGE", rows.get(2).get("qualifier"));
    }
}
