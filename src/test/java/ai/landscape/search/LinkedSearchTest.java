package ai.landscape.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /search and each list's q find a record by the names of the records it links to, and /search ranks its hits. */
@QuarkusTest
class LinkedSearchTest {

    @Test
    void theSotaRowsOfBaaiAreFoundByItsShortName() {
        // 智源 is an alias of BAAI; the model cells of three SOTA rows name it ("智源/华章：GLM-130B", "智源：文汇",
        // "北京智源研究院：CogVideo") and link to it, but none of their own names contains 智源.
        given().queryParam("q", "智源")
                .get("/api/v1/sota-models")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(3))
                .body("items.id", equalTo(List.of("baai-cogvideo", "baai-wenhui", "baai-zhipu-glm-130b")))
                .body("items.modelRaw", equalTo(List.of("北京智源研究院：CogVideo", "智源：文汇", "智源/华章：GLM-130B")));
    }

    @Test
    void searchSaysWhichLinkedRecordMatched() {
        // BAAI itself (its alias is q), then its 7 models and 3 SOTA rows, found through it
        given().queryParam("q", "智源")
                .queryParam("pageSize", 50)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(11))
                .body("items[0].id", equalTo("baai"))
                .body("items[0].matched.field", equalTo("aliases"))
                .body("items[0].matched.value", equalTo("智源"))
                .body("items[0].matched.viaId", nullValue())
                .body(
                        "items.findAll { it.collection == 'SOTA_MODELS' }.id",
                        equalTo(List.of("baai-cogvideo", "baai-wenhui", "baai-zhipu-glm-130b")))
                .body(
                        "items.findAll { it.collection == 'SOTA_MODELS' }.matched.viaId",
                        equalTo(List.of("baai", "baai", "baai")))
                .body("items.findAll { it.collection == 'MODELS' }.size()", equalTo(7))
                .body(
                        "items.findAll { it.collection == 'MODELS' }.matched.viaCollection.unique()",
                        equalTo(List.of("ORGANIZATIONS")));
    }

    @Test
    void searchRanksOwnNamesStartingWithQBeforeThoseContainingIt() {
        // starts with gpt: the company record GPT-3.5, GPT-4, GPT-3, GPT1, GPT2 and the SOTA row's alias GPT4;
        // contains it: DialoGPT, ChatGPT, InstructGPT; through links: two theses and a wave naming GPT models.
        // Ties go by the entry's id (COLLECTION:id).
        List<String> ranked = List.of(
                "gpt-3-5",
                "microsoft-gpt-4",
                "openai-gpt-3",
                "openai-gpt1",
                "openai-gpt2",
                "openai-chatgpt-gpt4",
                "microsoft-dialogpt",
                "openai-chatgpt",
                "openai-instructgpt",
                "one-model-to-rule-them-all",
                "the-first-killer-apps-have-arrived",
                "wave-2");
        given().queryParam("q", "gpt")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(ranked));
        given().queryParam("q", "ＧＰＴ") // full-width, the same search
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(ranked));
        given().queryParam("q", "gpt")
                .queryParam("sort", "-collection")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body(
                        "items.collection.unique()",
                        equalTo(List.of("WAVES", "THESES", "SOTA_MODELS", "MODELS", "COMPANIES")))
                .body("items[3].id", equalTo("openai-chatgpt-gpt4"));
    }

    @Test
    void aModelIsFoundByItsOrganizationInItsList() {
        given().queryParam("q", "北京智源人工智能研究院")
                .get("/api/v1/models")
                .then()
                .statusCode(200)
                .body("items.organization.unique()", equalTo(List.of("baai")))
                .body("totalSize", equalTo(7));
    }
}
