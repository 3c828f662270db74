package ai.landscape.wave;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The waves of the 2022 essay. Hand count, from the documents: 000's "Why Now?" writes four run-in headings
 * (第一阶段 line 27, 第二阶段 29, 第三波 37, 第四阶段 43), 002's "为何是现在？" the same four (第一波 37, 第二波 40, 第三波 49,
 * 第四波 54), 004's "二、Why Now" the same four (第1波浪潮 17, 第2波浪潮 18, 第3波浪潮 36, 第4波浪潮 42); 001 and 003 state
 * none. So 4 waves, each stated by 000, 002 and 004. Only wave 2's text names records of the dataset: 谷歌/Google,
 * OpenAI, GPT-3 and GPT-2.
 */
@QuarkusTest
class WaveTest {

    private static final String WAVE_2_SUMMARY =
            "谷歌研究部门的一篇里程碑式论文 ([Attention is All You Need](https://arxiv.org/abs/1706.03762) )描述了一种新的神经网络架构，"
                    + "称为transformer，可以生成质量更高的语言模型，并且更易于并行化和训练时间显著减少。这些模型是少样本学习者，可以相对容易地定制到特定领域。";

    @Inject
    DatasetLoader loader;

    @Test
    void theFourWavesInTheEssaysOrder() {
        given().queryParam("sort", "ordinal")
                .get("/api/v1/waves")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(4))
                .body("items.id", equalTo(List.of("wave-1", "wave-2", "wave-3", "wave-4")))
                .body("items.ordinal", equalTo(List.of(1, 2, 3, 4)))
                .body("items.name", equalTo(List.of("小模型统治时期", "规模竞赛", "更好、更快、更便宜", "杀手级应用崛起")))
                .body("items.nameAlt", equalTo(List.of("小模型占主导地位", "规模竞赛", "更好、更快、更便宜", "杀手级应用涌现")))
                .body(
                        "items.nameEn",
                        equalTo(List.of(
                                "Small models dominate",
                                "The race to scale",
                                "Better, faster, cheaper",
                                "Killer apps emerge")))
                .body("items.nameEnTranslated", everyItem(equalTo(true)))
                .body("items.periodRaw", equalTo(List.of("2015年之前", "2015年至今", "2022+", "现在")))
                .body("items.startYear", equalTo(Arrays.asList(null, 2015, 2022, null)))
                .body("items.endYear", equalTo(Arrays.asList(2015, null, null, null)));
    }

    @ParameterizedTest(name = "source={0}: {1}")
    @CsvSource({
        "creative-new-world-2022, 4",
        "creative-new-world-2022-zh-2025, 4",
        "genai-research-report, 4",
        "act-two-2023, 0",
        "act-o1-2024, 0"
    })
    void everyWaveIsStatedBy000And002And004(String source, int count) {
        given().queryParam("source", source)
                .get("/api/v1/waves")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(count));
    }

    @Test
    void aWaveKeepsEachDocumentsSentencesUnderTheirHeadings() {
        given().get("/api/v1/waves/wave-2")
                .then()
                .statusCode(200)
                .body("summary", equalTo(WAVE_2_SUMMARY))
                .body("organizations", equalTo(List.of("google", "openai")))
                .body("models", equalTo(List.of("openai-gpt-3", "openai-gpt2")))
                .body(
                        "sources",
                        equalTo(List.of(
                                "creative-new-world-2022", "creative-new-world-2022-zh-2025", "genai-research-report")))
                .body(
                        "provenance.source",
                        equalTo(List.of(
                                "creative-new-world-2022",
                                "creative-new-world-2022",
                                "creative-new-world-2022-zh-2025",
                                "creative-new-world-2022-zh-2025",
                                "genai-research-report",
                                "genai-research-report")))
                .body(
                        "provenance.section",
                        equalTo(List.of(
                                "第二阶段：规模竞赛（2015年至今）",
                                "第二阶段：规模竞赛（2015年至今）",
                                "第二波：规模竞赛（2015年至今）",
                                "第二波：规模竞赛（2015年至今）",
                                "第2波浪潮：规模竞赛（2015年-至今）",
                                "第2波浪潮：规模竞赛（2015年-至今）")))
                .body("provenance.line", equalTo(List.of(29, 33, 41, 45, 18, 29)))
                .body("provenance[0].quote", equalTo(WAVE_2_SUMMARY))
                .body(
                        "provenance[1].quote",
                        equalTo("OpenAI的GPT-3表现出色：该模型的性能跃升了GPT-2，并在从代码生成到讽刺性笑话编写的任务上提供了令人垂涎的Twitter演示。"));
        given().get("/api/v1/waves/wave-4")
                .then()
                .statusCode(200)
                .body("summary", equalTo("随着平台层的巩固，模型不断变得更好、更快、更便宜，并且模型访问趋势向免费和开源，应用层正处于创造力爆发的时期。"))
                .body("provenance.line", equalTo(List.of(43, 55, 42)))
                .body("provenance[2].section", equalTo("第4波浪潮：杀手级应用出现（现在）"))
                .body("organizations", equalTo(List.of()))
                .body("models", equalTo(List.of()));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "organization, google, wave-2",
        "organization, openai, wave-2",
        "model, openai-gpt-3, wave-2",
        "model, openai-gpt2, wave-2",
        "organization, meta, ''",
        "model, openai-chatgpt, ''"
    })
    void linksFilterTheWaves(String filter, String id, String waves) {
        given().queryParam(filter, id)
                .get("/api/v1/waves")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(waves.isEmpty() ? List.of() : List.of(waves.split(" "))));
    }

    @Test
    void facetsCountBySourceAndOrganization() {
        given().queryParam("facet", "source")
                .queryParam("facet", "organization")
                .get("/api/v1/waves")
                .then()
                .statusCode(200)
                .body("facets.source.count", equalTo(List.of(4, 4, 4)))
                .body("facets.organization.value", equalTo(List.of("google", "openai")))
                .body("facets.organization.count", equalTo(List.of(1, 1)));
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource({"杀手级, wave-4", "涌现, wave-4", "race to scale, wave-2", "小模型, wave-1", "更便宜, wave-3"})
    void qFindsAWaveByAnyOfItsNames(String q, String id) {
        given().queryParam("q", q).get("/api/v1/waves").then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void searchFindsAWaveByTheNameOf002() {
        given().queryParam("q", "小模型占主导")
                .queryParam("collection", "WAVES")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(1))
                .body("items[0].id", equalTo("wave-1"))
                .body("items[0].matched.field", equalTo("aliases"))
                .body("items[0].matched.value", equalTo("小模型占主导地位"));
    }

    @Test
    void anUnknownWaveIsA404Problem() {
        given().get("/api/v1/waves/wave-5")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("no wave has the id 'wave-5'"));
    }

    @Test
    void csvHasEveryWaveWithItsLinksJoined() throws IOException {
        String body = given().accept("text/csv")
                .queryParam("sort", "ordinal")
                .get("/api/v1/waves")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        List<CSVRecord> rows = ListResponses.csv(body);
        assertEquals(4, rows.size());
        Map<String, CSVRecord> byId = rows.stream().collect(Collectors.toMap(r -> r.get("id"), Function.identity()));
        assertEquals("google;openai", byId.get("wave-2").get("organizations"));
        assertEquals("openai-gpt-3;openai-gpt2", byId.get("wave-2").get("models"));
        assertEquals(WAVE_2_SUMMARY, byId.get("wave-2").get("summary"));
        assertEquals("", byId.get("wave-1").get("startYear"));
        assertEquals("2015", byId.get("wave-1").get("endYear"));
        assertTrue(byId.get("wave-3").get("provenance").contains("\"section\":\"第三波：更好、更快、更便宜（2022年+）\""));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "organizations: [google, openai]|organizations: [google, open-ai]|corpus/waves.yaml row 2: organization 'open-ai' does not exist",
                "models: [openai-gpt-3, openai-gpt2]|models: [openai-gpt-3, openai-chatgpt]|corpus/waves.yaml row 2: model 'openai-chatgpt' is not named in a quote of the wave",
                "name: 小模型统治时期|name: 小模型时代|corpus/waves.yaml row 1: name '小模型时代' is not written in the heading of a citation of creative-new-world-2022",
                "nameAlt: 杀手级应用涌现|nameAlt: 杀手级应用出现|corpus/waves.yaml row 4: nameAlt '杀手级应用出现' is not written in the heading of a citation of creative-new-world-2022-zh-2025",
                "endYear: 2015|endYear: 2014|corpus/waves.yaml row 1: year 2014 is not written in the period '2015年之前'",
                "id: wave-3|id: wave-three|corpus/waves.yaml row 3: id 'wave-three' is not wave-3 (its ordinal)",
                "section: 第四阶段：杀手级应用崛起（现在）|section: 第四阶段：杀手级应用（现在）|corpus/waves.yaml row 4: section '第四阶段：杀手级应用（现在）' is not written before the quote in creative-new-world-2022",
                "quote: \"5年多前，|quote: \"五年多前，|corpus/waves.yaml row 1: quote '五年多前，小模型被认为是理解语言的“最先进技术”。这些小模型擅长分析任务，并被部署用于从送达时间预测到欺诈分类等工作。然而，它们的表达能力不足以胜任通用的生成任务。生成人类水平的写作或代码仍然是一个白日梦。' does not occur verbatim in creative-new-world-2022-zh-2025",
            })
    void aBadEntryRefusesTheLoadWithFileEntryAndReason(String from, String to, String message) {
        List<String> problems = Refusals.problems(loader, WaveSeedLoader.FILE, from, to);
        assertTrue(problems.contains(message), problems.toString());
    }
}
