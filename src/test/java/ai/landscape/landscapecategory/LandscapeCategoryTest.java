package ai.landscape.landscapecategory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.seed.DatasetLoader;
import ai.landscape.seed.SeedException;
import ai.landscape.seed.SeedFiles;
import ai.landscape.seed.SeedSource;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The landscape categories, against a hand count of the documents' lists:
 *
 * <ul>
 *   <li>000, "模型": 文本, 代码生成, 图像, 语音合成, 视频和3D模型, 其他领域 (6); "应用": 文案写作, 垂直特定写作助手, 代码生成, 艺术生成,
 *       游戏, 媒体/广告, 设计, 社交媒体和数字社区 (8): 14
 *   <li>002, the same bullets in another translation (文案撰写, 垂直领域写作助手, 社交媒体与数字社区): 6 + 8 = 14
 *   <li>004, "3.1 模型": 文本, 代码生成, 图片, 语音合成, 视频, 3D, 生物领域 (7); "3.2 应用程序": 文案, 垂直行业的写作助手, 代码生成,
 *       艺术生成, 游戏, 媒体/广告, 虚拟人生成, 设计, 社交媒体和数字社区 (9): 16
 * </ul>
 *
 * 44 in all: 19 model modalities, 25 application categories.
 */
@QuarkusTest
class LandscapeCategoryTest {

    private static final String LIST = "/api/v1/landscape-categories";
    private static final String FILE = "corpus/landscape-categories.yaml";

    @Inject
    DatasetLoader loader;

    private static JsonPath list(String query) {
        return given().get(LIST + "?" + (query.contains("pageSize") ? "" : "pageSize=100&") + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void everyItemOfTheThreeDocumentsListsIsARecord() {
        JsonPath all = list("sort=id");
        assertEquals(44, all.getInt("totalSize"));
        assertEquals(44, all.getList("items").size());
        JsonPath facets = list("facet=kind&facet=source&facet=capability&pageSize=1");
        assertEquals(Map.of("MODEL_MODALITY", 19, "APPLICATION_CATEGORY", 25), counts(facets, "kind"));
        assertEquals(
                Map.of(
                        "creative-new-world-2022",
                        14,
                        "creative-new-world-2022-zh-2025",
                        14,
                        "genai-research-report",
                        16),
                counts(facets, "source"));
        assertEquals(
                Map.of("TEXT", 3, "CODE", 3, "IMAGE", 3, "SPEECH", 3, "VIDEO_3D", 4, "BIOLOGY", 1),
                counts(facets, "capability"));
    }

    private static Map<String, Integer> counts(JsonPath page, String facet) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Map<String, Object> v : page.<Map<String, Object>>getList("facets." + facet)) {
            counts.put((String) v.get("value"), (Integer) v.get("count"));
        }
        return counts;
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "creative-new-world-2022|MODEL_MODALITY|文本,代码生成,图像,语音合成,视频和3D模型,其他领域",
                "creative-new-world-2022|APPLICATION_CATEGORY|文案写作,垂直特定写作助手,代码生成,艺术生成,游戏,媒体/广告,设计,社交媒体和数字社区",
                "creative-new-world-2022-zh-2025|MODEL_MODALITY|文本,代码生成,图像,语音合成,视频和3D模型,其他领域",
                "creative-new-world-2022-zh-2025|APPLICATION_CATEGORY|文案撰写,垂直领域写作助手,代码生成,艺术生成,游戏,媒体/广告,设计,社交媒体与数字社区",
                "genai-research-report|MODEL_MODALITY|文本,代码生成,图片,语音合成,视频,3D,生物领域",
                "genai-research-report|APPLICATION_CATEGORY|文案,垂直行业的写作助手,代码生成,艺术生成,游戏,媒体/广告,虚拟人生成,设计,社交媒体和数字社区",
            })
    void eachDocumentKeepsItsOwnListInItsOwnOrder(String source, String kind, String names) {
        JsonPath page = list("source=" + source + "&kind=" + kind + "&sort=-ordinal");
        List<String> expected = new ArrayList<>(List.of(names.split(",")));
        java.util.Collections.reverse(expected);
        assertEquals(expected, page.getList("items.name"));
        assertEquals(expected.size(), page.getInt("totalSize"));
        assertTrue(page.<String>getList("items.source").stream().allMatch(source::equals));
    }

    @Test
    void aRecordHasItsNamesTheQuoteAsDescriptionItsExamplesAndItsLinks() {
        given().get(LIST + "/report-model-3d")
                .then()
                .statusCode(200)
                .body("id", equalTo("report-model-3d"))
                .body("kind", equalTo("MODEL_MODALITY"))
                .body("source", equalTo("genai-research-report"))
                .body("ordinal", equalTo(6))
                .body("name", equalTo("3D"))
                .body("nameEn", equalTo("3D"))
                .body("nameEnTranslated", equalTo(false))
                .body("description", startsWith("其发展和视频一样处于较为落后的阶段，数据的收集、如何建模都是难题。"))
                .body("examples", contains("NeRF", "Dream Fusion", "Magic 3D"))
                .body("capability", equalTo("VIDEO_3D"))
                .body("sameAs", contains("cnw-2022-model-video-3d", "cnw-2022-zh-model-video-3d"))
                .body("provenance.source", contains("genai-research-report"))
                .body("provenance[0].section", equalTo("3.1 模型"))
                .body("provenance[0].line", equalTo(68));
        String quote = "已经存在一段时间了（你好Siri！），但消费者和企业应用程序刚刚开始变得更好。对于像电影和播客这样的高端应用程序，"
                + "单次人类质量的语音要求相当高，不要听起来像机械声。但就像图像一样，今天的模型为进一步的细化或实用应用程序的最终输出提供了起点。";
        given().get(LIST + "/cnw-2022-model-speech-synthesis")
                .then()
                .statusCode(200)
                .body("name", equalTo("语音合成"))
                .body("nameEn", equalTo("Speech synthesis"))
                .body("nameEnTranslated", equalTo(true))
                .body("ordinal", equalTo(4))
                .body("description", equalTo(quote))
                .body("examples", contains("Siri"))
                .body("capability", equalTo("SPEECH"))
                .body("provenance[0].quote", equalTo(quote))
                .body("provenance[0].section", equalTo("模型"))
                .body("provenance[0].line", equalTo(60));
        given().get(LIST + "/report-app-vertical-writing-assistants")
                .then()
                .body("name", equalTo("垂直行业的写作助手"))
                .body("nameEn", equalTo("Vertical specific writing assistants"))
                .body("nameEnTranslated", equalTo(false))
                .body("capability", nullValue());
        given().get(LIST + "/report-app-virtual-humans")
                .then()
                .body("name", equalTo("虚拟人生成"))
                .body("ordinal", equalTo(7))
                .body("sameAs", empty());
        given().get(LIST + "/cnw-2022-zh-model-other")
                .then()
                .body("name", equalTo("其他领域"))
                .body("capability", nullValue())
                .body("sameAs", contains("cnw-2022-model-other"));
    }

    @Test
    void theCapabilityFilterFindsTheModalitiesOfAColumnInEveryDocument() {
        assertEquals(
                List.of(
                        "cnw-2022-model-video-3d",
                        "cnw-2022-zh-model-video-3d",
                        "report-model-3d",
                        "report-model-video"),
                list("capability=VIDEO_3D&sort=id").getList("items.id"));
        assertEquals(List.of("report-model-biology"), list("capability=BIOLOGY").getList("items.id"));
        assertEquals(
                List.of(
                        "cnw-2022-model-code-generation",
                        "cnw-2022-zh-model-code-generation",
                        "report-model-code-generation"),
                list("capability=CODE&sort=id").getList("items.id"));
        assertEquals(0, list("capability=CODE&kind=APPLICATION_CATEGORY").getInt("totalSize"));
        assertEquals(3, list("kind=APPLICATION_CATEGORY&q=code generation").getInt("totalSize"));
    }

    @Test
    void theListsSortBySourceThenOrdinal() {
        assertEquals(
                List.of("cnw-2022-app-copywriting", "cnw-2022-model-text", "cnw-2022-app-vertical-writing-assistants"),
                list("sort=source,ordinal&pageSize=3").getList("items.id"));
        assertEquals(
                List.of("report-app-social-media", "report-app-design"),
                list("sort=-source,-ordinal&pageSize=2").getList("items.id"));
    }

    @Test
    void qFindsARecordByItsNameOrItsEnglishName() {
        given().get(LIST + "?q=视频&sort=id")
                .then()
                .body(
                        "items.id",
                        contains("cnw-2022-model-video-3d", "cnw-2022-zh-model-video-3d", "report-model-video"));
        given().get(LIST + "?q=copywriting&sort=id")
                .then()
                .body(
                        "items.id",
                        contains("cnw-2022-app-copywriting", "cnw-2022-zh-app-copywriting", "report-app-copywriting"));
    }

    /** Needs the spec regenerated from the code: its Collection schema lists the searchable collections. */
    @Test
    void slashSearchFindsARecordByItsName() {
        given().get("/api/v1/search?q=虚拟人生成")
                .then()
                .statusCode(200)
                .body("items.id", contains("report-app-virtual-humans"))
                .body("items.collection", contains("LANDSCAPE_CATEGORIES"));
    }

    @Test
    void sameAsIsSymmetricAndLinksOtherDocumentsOnly() {
        JsonPath all = list("sort=id");
        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        for (Map<String, Object> r : all.<Map<String, Object>>getList("items")) {
            byId.put((String) r.get("id"), r);
        }
        int links = 0;
        for (Map<String, Object> r : byId.values()) {
            for (Object id : (List<?>) r.get("sameAs")) {
                Map<String, Object> other = byId.get(id);
                assertTrue(other != null, r.get("id") + " links to an unknown " + id);
                assertTrue(((List<?>) other.get("sameAs")).contains(r.get("id")), id + " links back to " + r.get("id"));
                assertTrue(!other.get("source").equals(r.get("source")), r.get("id") + " and " + id);
                links++;
            }
        }
        // 000 and 002 pair their 14 items (28 links); 14 of 004's 16 items (all but 生物领域 and 虚拟人生成, 视频 and 3D
        // both to 视频和3D模型) link to both (28) and are linked back (28)
        assertEquals(84, links);
    }

    @Test
    void anUnknownIdIsA404Problem() {
        given().get(LIST + "/report-model-4d")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("no landscape category has the id 'report-model-4d'"));
    }

    @Test
    void csvHasOneRowPerRecord() throws java.io.IOException {
        String csv = given().get(LIST + "?format=csv&source=genai-research-report&kind=MODEL_MODALITY&sort=ordinal")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        List<String[]> rows = CsvMapper.builder()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .build()
                .readerFor(String[].class)
                .<String[]>readValues(csv)
                .readAll();
        assertEquals(
                List.of(
                        "id",
                        "kind",
                        "source",
                        "ordinal",
                        "name",
                        "nameEn",
                        "nameEnTranslated",
                        "description",
                        "examples",
                        "capability",
                        "sameAs",
                        "provenance"),
                List.of(rows.get(0)));
        assertEquals(8, rows.size(), "the header and 004's 7 model modalities");
        String[] text = rows.get(1);
        assertEquals(
                List.of("report-model-text", "MODEL_MODALITY", "genai-research-report", "1", "文本", "Text", "false"),
                List.of(text).subList(0, 7));
        assertTrue(text[7].startsWith("是目前技术最成熟的领域，以GPT-3为例，"), text[7]);
        assertEquals("GPT-3;Writesonic;Conversion.ai;Snazzy AI;Copysmith;Copy.ai;ChatGPT;GPT-4", text[8]);
        assertEquals("TEXT", text[9]);
        assertEquals("cnw-2022-model-text;cnw-2022-zh-model-text", text[10]);
        assertTrue(text[11].startsWith("[{\"source\":\"genai-research-report\",\"section\":\"3.1 模型\""), text[11]);
        assertEquals(
                List.of("文本", "代码生成", "图片", "语音合成", "视频", "3D", "生物领域"),
                rows.subList(1, 8).stream().map(r -> r[4]).toList());
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sameAs: [cnw-2022-zh-model-text, report-model-text]|sameAs: [cnw-2022-zh-model-text, report-model-txt]|row 1: sameAs 'report-model-txt' is not a landscape category",
                "sameAs: [cnw-2022-zh-model-text, report-model-text]|sameAs: [cnw-2022-zh-model-text]|row 29: sameAs 'cnw-2022-model-text' does not list 'report-model-text' back",
                "sameAs: [cnw-2022-zh-model-text, report-model-text]|sameAs: [cnw-2022-model-image, cnw-2022-zh-model-text, report-model-text]|row 1: sameAs 'cnw-2022-model-image' is in the same document",
                "examples: [\"Siri\"]|examples: [\"Alexa\"]|row 4: example 'Alexa' does not occur in the quote",
                "name: \"图像\"|name: \"图片\"|row 3: name '图片' is not the item's heading '图像'",
                "ordinal: 2|ordinal: 3|row 2: ordinal 3, but it is item 2 of the list creative-new-world-2022 MODEL_MODALITY",
                "nameEn: \"Video\"\\n  nameEnTranslated: true|nameEn: \"Video\"\\n  nameEnTranslated: false|row 33: nameEn 'Video' is not written in the document: mark it nameEnTranslated: true",
                "nameEn: \"Images\"\\n  nameEnTranslated: false|nameEn: \"Pictures\"\\n  nameEnTranslated: false|row 31: the document writes the English 'Images': nameEn is that, with nameEnTranslated false",
                "capability: null\\n  examples: []\\n  sameAs: [cnw-2022-zh-app-copywriting|capability: TEXT\\n  examples: []\\n  sameAs: [cnw-2022-zh-app-copywriting|row 7: an application category has no capability: the capabilities are model columns",
                "capability: TEXT|capability: WRITING|row 1: capability 'WRITING' is not a code of the capabilities",
                "是最先进的领域。但是，|是最先进的领域。然而，|row 1: quote '是最先进的领域。然而，",
            })
    void aBadEntryRefusesTheLoadWithFileEntryAndReason(String from, String to, String message) {
        Path copy = SeedFiles.copy();
        SeedFiles.replace(copy, FILE, from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        SeedException e =
                assertThrows(SeedException.class, () -> loader.read(loader.reader(SeedSource.directory(copy))));
        String expected = FILE + " " + message;
        assertTrue(
                e.problems().stream().anyMatch(p -> p.startsWith(expected)),
                e.problems().toString());
    }
}
