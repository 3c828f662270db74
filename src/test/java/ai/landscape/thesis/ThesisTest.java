package ai.landscape.thesis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.landscape.api.ListResponses;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The theses as the essays give them. Hand count: 001 "以下是我们预测错的：" items 1–5 and "以下是我们预测对的：" items 1–5
 * (lines 95–115), 003 "5、一个模型统治所有？" one; WRONG 5 + 1 = 6, RIGHT 5; act-two-2023 10, act-o1-2024 1.
 */
@QuarkusTest
class ThesisTest {

    private static JsonPath list(String query) {
        return ListResponses.page("/api/v1/theses?pageSize=100" + query);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'' | 11",
                "&verdict=WRONG | 6",
                "&verdict=RIGHT | 5",
                "&source=act-two-2023 | 10",
                "&source=act-o1-2024 | 1",
                "&source=act-two-2023&verdict=WRONG | 5",
                "&source=creative-new-world-2022 | 0",
            })
    void theCountsAreTheHandCounts(String query, int count) {
        assertEquals(count, list(query).getInt("totalSize"));
        assertEquals(count, list(query).getList("items").size());
    }

    @Test
    void theFacetsCountVerdictsAndSources() {
        JsonPath r = list("&facet=verdict&facet=source");
        assertEquals(List.of("WRONG", "RIGHT"), r.getList("facets.verdict.value"));
        assertEquals(List.of(6, 5), r.getList("facets.verdict.count"));
        assertEquals(
                List.of(
                        Map.of(
                                "value",
                                "act-two-2023",
                                "label",
                                Map.of("zh", "红杉美国｜生成式AI进入第二阶段了", "en", "Generative AI's Act Two"),
                                "count",
                                10),
                        Map.of(
                                "value",
                                "act-o1-2024",
                                "label",
                                Map.of(
                                        "zh",
                                        "强烈推荐：红杉资本刚刚发布关于 AI 的2024年度报告，有几个非常重要的关键节点",
                                        "en",
                                        "Generative AI's Act o1"),
                                "count",
                                1)),
                r.getList("facets.source"));
    }

    @Test
    void aThesisOfActTwoKeepsItsHeadingParagraphAndLinks() {
        given().get("/api/v1/theses/the-first-killer-apps-have-arrived")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("RIGHT"))
                .body("verdictRaw", equalTo("以下是我们预测对的："))
                .body("ordinal", equalTo(2))
                .body("title", equalTo("第一个杀手级应用已经出现"))
                .body("titleEn", equalTo("The first killer apps have emerged"))
                .body("titleEnTranslated", equalTo(true))
                .body("text", startsWith("**第一个杀手级应用已经出现** 。众所周知，ChatGPT是最快达到1亿MAU的应用程序------并且在短短6周内"))
                .body("organizations", equalTo(List.of("meta")))
                .body("models", equalTo(List.of("openai-chatgpt")))
                .body("companies", equalTo(List.of("character-ai", "github-copilot", "midjourney")))
                .body("metrics.size()", equalTo(8))
                .body("metrics[0]", equalTo("chatgpt-time-to-100m-users"))
                .body("sources", equalTo(List.of("act-two-2023")))
                .body("provenance.size()", equalTo(1))
                .body("provenance[0].section", equalTo("以下是我们预测对的："))
                .body("provenance[0].line", equalTo(109));
    }

    @Test
    void theTitleOfTwoBoldRunsIsJoinedAndTheTextKeepsThemAsWritten() {
        given().get("/api/v1/theses/moats-are-in-customers-not-data")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("WRONG"))
                .body("ordinal", equalTo(5))
                .body("title", equalTo("壁垒在客户中，而不是在数据中"))
                .body("text", startsWith("**壁垒在客户中** **，而不是在数据中** 。我们预测"))
                .body("provenance[0].line", equalTo(103));
    }

    @Test
    void actO1sThesisIsOneWhoseVerdictIsTheEssaysSentence() {
        given().get("/api/v1/theses/one-model-to-rule-them-all")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("WRONG"))
                .body("verdictRaw", equalTo("这一预测有两点是错误的"))
                .body("ordinal", equalTo(1))
                .body("title", equalTo("一个模型统治所有"))
                .body("text", startsWith("生成式 AI 市场早期曾有一个假设：某个单一的模型公司将变得极其强大，足以整合所有其他应用。然而，到目前为止，这一预测有两点是错误的。\n\n首先，"))
                .body("organizations", equalTo(List.of("openai", "google", "meta")))
                .body("companies", equalTo(List.of("anthropic")))
                .body("metrics", equalTo(List.of("gpt-4-price-per-token-decline")))
                .body("sources", equalTo(List.of("act-o1-2024")))
                .body("provenance.line", equalTo(List.of(118, 121)))
                .body("provenance[0].section", equalTo("5、一个模型统治所有？"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "organization=nvidia | bottleneck-is-on-the-supply-side",
                "organization=google | competition-is-fierce-incumbents-respond-fast one-model-to-rule-them-all",
                "company=midjourney | form-factors-are-evolving the-first-killer-apps-have-arrived",
                "company=eleven-labs&company=anthropic | one-model-to-rule-them-all things-are-moving-fast",
                "model=openai-chatgpt&verdict=RIGHT | the-first-killer-apps-have-arrived",
                "q=杀手级 | the-first-killer-apps-have-arrived",
                "q=moat | moats-are-in-customers-not-data",
            })
    void filtersAndSearchSelectTheTheses(String query, String ids) {
        assertEquals(List.of(ids.split(" ")), list("&" + query).getList("items.id"));
    }

    @Test
    void sortedBySourceAndOrdinalTheListsKeepTheirOrder() {
        List<String> ids = list("&verdict=WRONG&sort=source,ordinal").getList("items.id");
        assertEquals(
                List.of(
                        "one-model-to-rule-them-all",
                        "things-are-moving-fast",
                        "bottleneck-is-on-the-supply-side",
                        "vertical-separation-has-not-happened-yet",
                        "competition-is-fierce-incumbents-respond-fast",
                        "moats-are-in-customers-not-data"),
                ids);
    }

    @Test
    void anUnknownThesisIsA404Problem() {
        given().get("/api/v1/theses/one-model-to-rule-nothing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("no thesis has the id 'one-model-to-rule-nothing'"));
    }

    @Test
    void theListIsServedAsCsv() throws IOException {
        String csv = given().accept("text/csv")
                .get("/api/v1/theses?verdict=RIGHT&sort=ordinal")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        List<CSVRecord> rows = ListResponses.csv(csv);
        assertEquals(5, rows.size(), csv);
        assertEquals(
                List.of(
                        "id",
                        "verdict",
                        "verdictRaw",
                        "ordinal",
                        "title",
                        "titleEn",
                        "titleEnTranslated",
                        "text",
                        "organizations",
                        "models",
                        "companies",
                        "metrics",
                        "sources",
                        "provenance"),
                rows.get(0).getParser().getHeaderNames());
        CSVRecord first = rows.get(0);
        assertEquals("generative-ai-is-a-thing", first.get("id"));
        assertEquals("以下是我们预测对的：", first.get("verdictRaw"));
        assertEquals("生成式AI是一种事物", first.get("title"));
        CSVRecord killerApps = rows.get(1);
        assertEquals("character-ai;github-copilot;midjourney", killerApps.get("companies"));
        assertEquals("act-two-2023", killerApps.get("sources"));
    }
}
