package ai.landscape.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names as written: {@code name} is the seed's own spelling and the correction is the English name; every English
 * name says where it comes from (SEED: the seeds write it, TRANSLATION: ours, OFFICIAL: the official name known outside
 * the seeds); a link to an organization the seed does not state is marked as inferred. Expected values are read by
 * hand from seed-data/tables and the seed documents.
 */
@QuarkusTest
class NamesAndLinksTest {

    /** The cells write "Open AI five", "PerceiverIO", "Preceirver", "Alpha Code", ..., "ApacheSpark". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "openai-openai-five | Open AI five | OpenAI Five | false | OFFICIAL",
                "google-perceiver-io | PerceiverIO | Perceiver IO | false | OFFICIAL",
                "google-perceiver | Preceirver | Perceiver | false | OFFICIAL",
                "google-alphacode | Alpha Code | AlphaCode | false | OFFICIAL",
                "google-alphastar | Alpha Star | AlphaStar | false | OFFICIAL",
                "google-alphafold | Alpha Fold | AlphaFold | false | OFFICIAL",
                "microsoft-apache-spark | ApacheSpark | Apache Spark | false | OFFICIAL",
                "microsoft-nuwa | NÜWA | NUWA | true | TRANSLATION",
                "google-dreambooth | DreamBooth | DreamBooth | false | SEED", // the SOTA table's spelling
                "tencent-hunyuan | 混元HunYuan | HunYuan | false | SEED",
                "baidu-pengcheng-baidu-wenxin | 鹏城-百度 文心 | Pengcheng-Baidu Wenxin | true | TRANSLATION",
                "openai-gpt-3 | GPT-3 | GPT-3 | false | SEED",
            })
    void aModelIsNamedAsTheSeedWritesItAndItsEnglishNameSaysItsOrigin(
            String id, String name, String nameEn, boolean translated, String origin) {
        given().get("/api/v1/models/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body("nameEn", equalTo(nameEn))
                .body("nameEnTranslated", equalTo(translated))
                .body("nameEnOrigin", equalTo(origin));
    }

    @Test
    void searchFindsAModelByTheSeedsSpellingAndByItsCorrection() {
        for (String q : List.of("Alpha Code", "AlphaCode")) {
            given().queryParam("q", q)
                    .get("/api/v1/models")
                    .then()
                    .statusCode(200)
                    .body("items.id", equalTo(List.of("google-alphacode")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "organizations/openai | OpenAI | false | SEED",
                "organizations/stability-ai | Stability AI | false | SEED",
                "organizations/google | Google | false | SEED",
                "organizations/meta | Meta | false | SEED",
                "organizations/nvidia | Nvidia | false | SEED",
                "organizations/microsoft | Microsoft | false | SEED",
                "organizations/bigscience | BigScience workshop | false | SEED",
                "organizations/amazon | Amazon | false | SEED",
                "organizations/huawei | Huawei | false | OFFICIAL",
                "organizations/baidu | Baidu | false | OFFICIAL",
                "organizations/netease | NetEase | false | OFFICIAL",
                "organizations/meituan | Meituan | false | OFFICIAL",
                "organizations/zhipu-ai | Zhipu AI | false | OFFICIAL",
                "organizations/xihu-xinchen | Xihu Xinchen | true | TRANSLATION",
                "organizations/langboat | Langboat | false | OFFICIAL",
                "organizations/tencent | Tencent | false | OFFICIAL",
                "organizations/bytedance | ByteDance | false | OFFICIAL",
                "organizations/alibaba | Alibaba | false | OFFICIAL",
                "organizations/wenlan | WenLan | true | TRANSLATION",
                "organizations/shanghai-ai-research-institute | Shanghai AI Research Institute | true | TRANSLATION",
                "organizations/baai | Beijing Academy of Artificial Intelligence | false | SEED", // 004's prose
                "organizations/idea | IDEA | false | SEED",
                "organizations/zhejiang-lab | Zhejiang Lab | false | OFFICIAL",
                "applications/langboat | Langboat | false | OFFICIAL", // as the organization langboat
                "applications/clueai-art | ClueAI.art | false | SEED", // the cell "ClueAI.art（配图师）"
                "applications/tencent-ai-lab | Tencent AI Lab | false | OFFICIAL",
                "applications/wenxin-yige | Wenxin Yige | true | TRANSLATION",
                "applications/xiaomingbot | Xiaomingbot | false | SEED",
                "sota-models/baidu-ernie-vilg | ERNIE-ViLG | false | SEED", // application rows 16 and 23 write it
                "sota-models/baai-wenhui | WenHui | true | TRANSLATION",
                "sota-models/google-palm | PaLM | false | SEED",
            })
    void anEnglishNameSaysItsOrigin(String path, String nameEn, boolean translated, String origin) {
        given().get("/api/v1/" + path)
                .then()
                .statusCode(200)
                .body("nameEn", equalTo(nameEn))
                .body("nameEnTranslated", equalTo(translated))
                .body("nameEnOrigin", equalTo(origin));
    }

    @Test
    void nameEnTranslatedIsTrueExactlyForTranslations() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String list : List.of("organizations", "models", "applications", "sota-models")) {
            List<Map<String, Object>> items = given().get("/api/v1/" + list + "?pageSize=500")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items");
            for (Map<String, Object> r : items) {
                checked++;
                boolean translation = "TRANSLATION".equals(r.get("nameEnOrigin"));
                if (!r.get("nameEnTranslated").equals(translation)) {
                    wrong.add(list + "/" + r.get("id"));
                }
            }
        }
        assertEquals(List.of(), wrong);
        // 23 organizations, 232 models (231 of the player tables and o1, which only an essay names), 55
        // applications, 10 SOTA rows.
        assertEquals(23 + 232 + 55 + 10, checked);
    }

    @Test
    void theOrganizationAndItsApplicationAgreeOnTheEnglishName() {
        String org =
                given().get("/api/v1/organizations/langboat").then().extract().path("nameEn");
        String app =
                given().get("/api/v1/applications/langboat").then().extract().path("nameEn");
        assertEquals(org, app);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "creative-new-world-2022 | SEED | OFFICIAL",
                "act-two-2023 | SEED | OFFICIAL",
                "creative-new-world-2022-zh-2025 | SEED | OFFICIAL", // the document says "红杉资本 (Sequoia)"
                "act-o1-2024 | OFFICIAL | OFFICIAL", // 003 gives the article only as its URL
                "genai-research-report | | ",
            })
    void aSourcesEnglishTitleAndPublisherSayWhereTheyComeFrom(String id, String title, String publisher) {
        given().get("/api/v1/sources/" + id)
                .then()
                .statusCode(200)
                .body("titleEnOrigin", equalTo(title))
                .body("publisherEnOrigin", equalTo(publisher));
    }

    @Test
    void aLinkTheSeedDoesNotStateIsMarkedInferred() {
        List<Map<String, Object>> linked = given().get("/api/v1/applications?pageSize=100&sort=row")
                .then()
                .statusCode(200)
                .extract()
                .path("items.findAll { it.organization != null }");
        List<String> got = linked.stream()
                .map(a -> a.get("id") + " " + a.get("organization") + " " + a.get("organizationInferred"))
                .toList();
        assertEquals(
                List.of(
                        "langboat langboat false", // row 3: the organization's own name
                        "ernie-vilg baidu false", // row 16: a model the seed gives Baidu ("百度：ERNIE-ViILG")
                        "wenxin-yige baidu true", // row 18: Baidu's 文心 brand; no sentence says it is Baidu's
                        "baidu-wenxin-ernie-vilg baidu false", // row 23: "百度文心 ERNIE-ViLG"
                        "alibaba-luban alibaba false", // row 33: "阿里鹿班"
                        "baidu-vidpress baidu false", // row 43: "百度智能视频合成平台VidPress"
                        "tencent-ai-lab tencent false"), // row 49: "腾讯AI Lab"
                got);
        given().get("/api/v1/applications/mita").then().statusCode(200).body("organizationInferred", equalTo(false));
    }
}
