package ai.landscape.model;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.seed.DatasetLoader;
import ai.landscape.seed.SeedFiles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the essays add to the models and organizations (seed-data/corpus/models.yaml and mentions.yaml): the model o1,
 * which only Act o1 names, and the sentences of the essays that name organizations and models.
 */
@QuarkusTest
class EssayModelsAndMentionsTest {

    @Inject
    DatasetLoader loader;

    @Test
    void o1IsOpenAIsModelWithTheSentenceOfActO1AsProvenance() {
        given().get("/api/v1/models/openai-o1")
                .then()
                .statusCode(200)
                .body("name", equalTo("o1"))
                .body("organization", equalTo("openai"))
                .body("region", equalTo("US"))
                .body("aliases", equalTo(List.of("Q*", "Strawberry", "草莓")))
                .body("capabilities", hasSize(0))
                .body("openSource", nullValue())
                .body("provenance.source", equalTo("act-o1-2024"))
                .body("provenance.table", nullValue())
                .body("provenance.row", nullValue())
                .body("provenance.section", equalTo("1、 Strawberry（草莓） 模型"))
                .body("provenance.quote", equalTo("2024 年最重要的模型更新非 OpenAI 的o1 莫属，它以前被称为 Q*，内部代号为 Strawberry。"))
                .body("provenance.line", equalTo(53))
                .body("mentions", hasSize(4))
                .body("mentions.line", equalTo(List.of(53, 76, 102, 106)));
    }

    @Test
    void aModelOfTheTablesKeepsItsRowAndGainsMentions() {
        given().get("/api/v1/models/stability-ai-stable-diffusion")
                .then()
                .statusCode(200)
                .body("provenance.table", equalTo("us-players"))
                .body("provenance.row", equalTo(2))
                .body("provenance.quote", nullValue())
                .body("mentions.source", equalTo(List.of("creative-new-world-2022", "creative-new-world-2022-zh-2025")))
                .body("mentions[0].quote", equalTo("生成型AI应用程序是建立在大型模型，如GPT-3或稳定扩散之上的。"))
                .body("mentions[0].section", equalTo("智能和模型微调"));
        given().get("/api/v1/models/google-palm").then().statusCode(200).body("mentions", hasSize(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // hand count from corpus/mentions.yaml: the sentences of 000-003 that name each record
                "organizations/openai | 6 | creative-new-world-2022 creative-new-world-2022-zh-2025 act-o1-2024 act-o1-2024 act-o1-2024 act-o1-2024",
                "organizations/google | 5 | creative-new-world-2022 act-two-2023 creative-new-world-2022-zh-2025 act-o1-2024 act-o1-2024",
                "organizations/meta | 3 | act-two-2023 act-o1-2024 act-o1-2024",
                "organizations/microsoft | 1 | act-o1-2024",
                "organizations/nvidia | 1 | act-two-2023",
                "organizations/amazon | 0 | ",
                "organizations/baai | 0 | ",
                "models/openai-gpt-3 | 6 | creative-new-world-2022 creative-new-world-2022 creative-new-world-2022 creative-new-world-2022-zh-2025 creative-new-world-2022-zh-2025 creative-new-world-2022-zh-2025",
                "models/openai-gpt2 | 2 | creative-new-world-2022 creative-new-world-2022-zh-2025",
                "models/openai-chatgpt | 4 | act-two-2023 act-two-2023 act-two-2023 act-o1-2024",
                "models/microsoft-gpt-4 | 1 | act-o1-2024",
            })
    void mentionsAreWhereTheEssaysNameTheRecord(String path, int count, String sources) {
        given().get("/api/v1/" + path.strip())
                .then()
                .statusCode(200)
                .body("mentions", hasSize(count))
                .body(
                        "mentions.source",
                        equalTo(
                                sources == null
                                        ? List.of()
                                        : List.of(sources.strip().split(" "))));
    }

    @Test
    void metaIsNamedAsFacebook() {
        given().get("/api/v1/organizations/meta")
                .then()
                .statusCode(200)
                .body("mentions[0].section", equalTo("以下是我们预测对的："))
                .body(
                        "mentions[0].quote",
                        equalTo("相比之下，Instagram花了2.5年，WhatsApp花了3.5年，YouTube和Facebook花了4年才达到那种用户需求水平。"))
                .body("mentions[0].line", equalTo(109));
    }

    @Test
    void o1IsFoundByItsCodeNames() {
        given().queryParam("q", "strawberry")
                .get("/api/v1/models")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of("openai-o1")));
        given().queryParam("q", "稳定扩散")
                .get("/api/v1/models")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of("stability-ai-stable-diffusion")));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "corpus/models.yaml|organization: openai|organization: closedai|corpus/models.yaml row 1: organization 'closedai' does not exist",
                "corpus/models.yaml|aliases: [\"Q*\", Strawberry, 草莓]|aliases: [\"Q*\", Strawberry, Orion]|corpus/models.yaml row 1: 'Orion' is written neither in the quote nor in its heading",
                "corpus/models.yaml|organization: openai|organization: google|corpus/models.yaml row 1: id 'openai-o1' is not 'google-o1' (organization and slug of nameEn)",
                "corpus/mentions.yaml|id: nvidia|id: amazon|corpus/mentions.yaml row 5: the quote '许多公司增长的瓶颈很快就不是客户需求，而是获取Nvidia的最新GPU。' of act-two-2023 does not name organizations amazon",
                "corpus/mentions.yaml|id: microsoft|id: microsoft-corp|corpus/mentions.yaml row 4: organizations microsoft-corp is not an organization or a model",
                "corpus/mentions.yaml|id: openai-gpt2|id: openai-gpt-3|corpus/mentions.yaml row 7: models openai-gpt-3 is listed twice",
            })
    void aBadEntryIsRefusedWithFileEntryAndReason(String file, String from, String to, String message) {
        List<String> problems = SeedFiles.problemsAfter(loader, file, from, to);
        assertTrue(problems.contains(message), problems.toString());
    }
}
