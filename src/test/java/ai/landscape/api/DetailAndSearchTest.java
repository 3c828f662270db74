package ai.landscape.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class DetailAndSearchTest {

    @Test
    void anOrganizationShowsItsRawCellsBesideParsedValues() {
        given().get("/api/v1/organizations/meta")
                .then()
                .statusCode(200)
                .body("name", equalTo("Meta"))
                .body("region", equalTo("US"))
                .body("kind", equalTo("COMPANY"))
                .body("computeRaw", equalTo("公有云上有5400张A100，私有云上有16000张A100"))
                .body("compute.count", equalTo(List.of(5400, 16000)))
                .body("compute.deployment", equalTo(List.of("PUBLIC_CLOUD", "PRIVATE_CLOUD")))
                .body("funding[1].value", equalTo(70000000000L))
                .body("funding[1].qualifier", equalTo("AT_LEAST"))
                .body("capabilityCells.VIDEO_3D", equalTo("Make-a-Video"))
                .body(
                        "citations",
                        hasItems("https://ai.facebook.com/blog/ai-rsc/", "https://36kr.com/p/dp1948473529960834"))
                .body("provenance.source", equalTo("genai-research-report"))
                .body("provenance.table", equalTo("us-players"))
                .body("provenance.row", equalTo(4));
    }

    @Test
    void aSotaModelKeepsEachClaimWithTheModelItIsAbout() {
        given().get("/api/v1/sota-models/openai-chatgpt-gpt4")
                .then()
                .statusCode(200)
                .body("organizations", equalTo(List.of("openai")))
                .body("regions", equalTo(List.of("US")))
                .body("models.name", equalTo(List.of("ChatGPT", "GPT4")))
                .body("models[0].model", equalTo("openai-chatgpt"))
                .body("models[1].model", nullValue())
                .body("type", equalTo("LANGUAGE"))
                .body("models[0].parameters", hasSize(0))
                .body("models[1].parameters.value", equalTo(List.of(5250000000000L, 100000000000000L)))
                .body("models[1].parameters.qualifier", equalTo(List.of("AT_LEAST", "ESTIMATE")))
                .body("models[1].parameters.reported", equalTo(List.of(false, true)));
    }

    @Test
    void aSotaModelWhoseCellStatesNoCountSaysSo() {
        given().get("/api/v1/sota-models/google-dreambooth")
                .then()
                .statusCode(200)
                .body("parametersRaw", equalTo(""))
                .body("models[0].parameters", hasSize(0))
                .body(
                        "performanceRaw",
                        equalTo("弥补stable diffusion无法生成特定个人图像的缺陷（https://zh.wikipedia.org/wiki/DreamBooth"))
                .body("citations", equalTo(List.of("https://zh.wikipedia.org/wiki/DreamBooth")));
    }

    @Test
    void aTakeawayHasItsTextAndTranslation() {
        given().get("/api/v1/takeaways/need-team")
                .then()
                .statusCode(200)
                .body("kind", equalTo("NEED"))
                .body("topic", equalTo("TEAM"))
                .body("text", equalTo("比较强研发+engineer能力和经验的团队"))
                .body("textEn", equalTo("A team with fairly strong R&D + engineering capability and experience"))
                .body("provenance.row", equalTo(7));
    }

    @Test
    void theVocabulariesListEveryCodeWithLabels() {
        given().get("/api/v1/vocabularies")
                .then()
                .statusCode(200)
                .body("capabilities", hasSize(10))
                .body("categories", hasSize(16))
                .body("segments", hasSize(15))
                .body("sotaTypes", hasSize(5))
                .body("regions.code", equalTo(List.of("US", "CN")))
                .body("segments.find { it.code == 'ENTERPRISE_BRANDS' }.label.zh", equalTo("2B品牌"))
                .body("capabilities.find { it.code == 'TEXT' }.label.en", equalTo("Text / NLP"));
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Nvida | 19 | ORGANIZATIONS nvidia aliases Nvida",
                "ＧＬＭ－１３０Ｂ | 2 | MODELS zhipu-ai-glm-130b name GLM-130B",
                "文心 | 14 | APPLICATIONS wenxin-yige name 文心一格",
                "stable diffusion | 2 | MODELS stability-ai-stable-diffusion name Stable Diffusion",
                "creative new world | 2 | SOURCES creative-new-world-2022 nameEn Generative AI: A Creative New World",
            })
    void searchSaysCollectionIdAndWhatMatched(String q, int total, String first) {
        String[] f = first.split(" ", 4);
        given().queryParam("q", q.strip())
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(total))
                .body("items[0].collection", equalTo(f[0]))
                .body("items[0].id", equalTo(f[1]))
                .body("items[0].matched.field", equalTo(f[2]))
                .body("items[0].matched.value", equalTo(f[3]));
    }

    @Test
    void searchCanBeLimitedToACollectionAndFaceted() {
        given().queryParam("q", "CogVideo")
                .queryParam("facet", "collection")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(3))
                .body("facets.collection.value", equalTo(List.of("MODELS", "SOTA_MODELS")))
                .body("facets.collection.count", equalTo(List.of(2, 1)));
        given().queryParam("q", "CogVideo")
                .queryParam("collection", "SOTA_MODELS")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.href", equalTo(List.of("/api/v1/sota-models/baai-cogvideo")));
    }
}
