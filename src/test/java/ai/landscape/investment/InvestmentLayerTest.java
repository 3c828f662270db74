package ai.landscape.investment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.api.ListResponses;
import ai.landscape.seed.DatasetLoader;
import ai.landscape.seed.Refusals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The investment layers of Act o1. Hand count, from 003's section "8、投资领域" (lines 195-215): four bullets, 基础设施
 * (line 199), 模型 (203), 开发者工具和基础设施软件 (207), 应用程序 (212), each followed by one paragraph; no other document
 * has the section. Figures: 开发者工具 gives one count (大约有 15 家, cloud), 应用程序 two (大约有 20 家, cloud; 约 20, mobile);
 * the other two layers none.
 */
@QuarkusTest
class InvestmentLayerTest {

    private static final String APPLICATIONS_TEXT =
            "对风险投资来说，这是最令人感兴趣的一层。在云转型期间，大约有 20 家应用层公司达到了 10 亿美元以上的年收入；在移动转型期间，也有约 20\n"
                    + "家类似的公司诞生。我们认为，在 AI 转型中也会出现同样的趋势。";

    @Inject
    DatasetLoader loader;

    @Test
    void theFourLayersInTheEssaysOrder() {
        given().queryParam("sort", "ordinal")
                .get("/api/v1/investment-layers")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(4))
                .body("items.id", equalTo(List.of("infrastructure", "models", "developer-tools", "applications")))
                .body("items.ordinal", equalTo(List.of(1, 2, 3, 4)))
                .body("items.name", equalTo(List.of("基础设施", "模型", "开发者工具和基础设施软件", "应用程序")))
                .body(
                        "items.nameEn",
                        equalTo(List.of(
                                "Infrastructure",
                                "Models",
                                "Developer tools and infrastructure software",
                                "Applications")))
                .body("items.nameEnTranslated", everyItem(equalTo(true)))
                .body("items.collect { it.figures.size() }", equalTo(List.of(0, 0, 1, 2)))
                .body(
                        "items.provenance.line",
                        equalTo(List.of(List.of(201), List.of(205), List.of(209), List.of(214))));
    }

    @ParameterizedTest(name = "source={0}: {1}")
    @CsvSource({
        "act-o1-2024, 4",
        "creative-new-world-2022, 0",
        "act-two-2023, 0",
        "creative-new-world-2022-zh-2025, 0",
        "genai-research-report, 0"
    })
    void onlyActO1DescribesTheLayers(String source, int count) {
        given().queryParam("source", source)
                .get("/api/v1/investment-layers")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(count));
    }

    @Test
    void aLayerHasItsParagraphVerbatimAndTheCountsItGives() {
        given().get("/api/v1/investment-layers/applications")
                .then()
                .statusCode(200)
                .body("text", equalTo(APPLICATIONS_TEXT))
                .body("figures.valueRaw", equalTo(List.of("大约有 20 家", "约 20")))
                .body("figures.value", equalTo(List.of(20, 20)))
                .body("figures.unit", equalTo(List.of("COUNT", "COUNT")))
                .body("figures.qualifier", equalTo(List.of("APPROXIMATE", "APPROXIMATE")))
                .body("sources", equalTo(List.of("act-o1-2024")))
                .body("provenance[0].section", equalTo("应用程序"))
                .body("provenance[0].quote", equalTo(APPLICATIONS_TEXT));
        given().get("/api/v1/investment-layers/developer-tools")
                .then()
                .statusCode(200)
                .body("figures.valueRaw", equalTo(List.of("大约有 15 家")))
                .body("figures.value", equalTo(List.of(15)))
                .body("figures[0].low", equalTo(null))
                .body("figures.qualifier", equalTo(List.of("APPROXIMATE")));
        given().get("/api/v1/investment-layers/infrastructure")
                .then()
                .statusCode(200)
                .body("text", equalTo("这是超级规模商的主战场，主要由博弈论行为驱动，而非微观经济因素。对风险投资者来说，这不是一个理想的投资领域。"))
                .body("figures", equalTo(List.of()));
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource({
        "基础设施, developer-tools infrastructure",
        "模型, models",
        "applications, applications",
        "工具, developer-tools"
    })
    void qFindsALayerByItsNames(String q, String ids) {
        given().queryParam("q", q)
                .get("/api/v1/investment-layers")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(ids.split(" "))));
    }

    @Test
    void searchFindsTheLayers() {
        given().queryParam("q", "基础设施")
                .queryParam("collection", "INVESTMENT_LAYERS")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(2))
                .body("items.matched.field", everyItem(equalTo("name")));
    }

    @Test
    void anUnknownLayerIsA404Problem() {
        given().get("/api/v1/investment-layers/hardware")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("no investment layer has the id 'hardware'"));
    }

    @Test
    void csvHasEveryLayerWithItsTextAndFigures() throws IOException {
        String body = given().accept("text/csv")
                .queryParam("sort", "ordinal")
                .get("/api/v1/investment-layers")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        List<CSVRecord> rows = ListResponses.csv(body);
        assertEquals(
                List.of("infrastructure", "models", "developer-tools", "applications"),
                rows.stream().map(r -> r.get("id")).toList());
        assertEquals(APPLICATIONS_TEXT, rows.get(3).get("text"));
        assertEquals("开发者工具和基础设施软件", rows.get(2).get("name"));
        assertTrue(
                rows.get(2).get("figures").contains("\"valueRaw\":\"大约有 15 家\""),
                rows.get(2).get("figures"));
        assertEquals("act-o1-2024", rows.get(0).get("sources"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "valueRaw: 约 20|valueRaw: 约 30|corpus/investment-layers.yaml row 4: figure '约 30' does not occur in the layer's text",
                "unit: COUNT|unit: COMPANIES|corpus/investment-layers.yaml row 3: figure '大约有 15 家' has unit 'COMPANIES', not a code of Unit",
                "name: 模型|name: 模型层|corpus/investment-layers.yaml row 2: name '模型层' is not the bullet '模型' it cites",
                "ordinal: 4|ordinal: 3|corpus/investment-layers.yaml row 4: ordinal 3 is not a new number from 1",
                "这是最令人感兴趣的一层。|这是最有趣的一层。|corpus/investment-layers.yaml row 4: quote '对风险投资来说，这是最有趣的一层。在云转型期间，大约有 20 家应用层公司达到了 10 亿美元以上的年收入；在移动转型期间，也有约 20\\n家类似的公司诞生。我们认为，在 AI 转型中也会出现同样的趋势。' does not occur verbatim in act-o1-2024",
            })
    void aBadEntryRefusesTheLoadWithFileEntryAndReason(String from, String to, String message) {
        List<String> problems = Refusals.problems(loader, InvestmentLayerSeedLoader.FILE, from, to);
        assertTrue(problems.contains(message.replace("\\n", "\n")), problems.toString());
    }
}
