package ai.landscape.sota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parameter counts of the SOTA comparison belong to the model they are about, each with its own wording: row 2
 * states none for ChatGPT ("暂时不知道"), at least 5,250 billion for GPT-4, and reports a claim of others of 100
 * trillion. Expected values are read by hand from the 参数 column of seed-data/tables/sota-comparison.csv.
 */
@QuarkusTest
class SotaParametersTest {

    @Test
    void eachClaimOfRowTwoKeepsItsWordingAndItsModel() {
        given().get("/api/v1/sota-models/openai-chatgpt-gpt4")
                .then()
                .statusCode(200)
                .body("models.name", equalTo(List.of("ChatGPT", "GPT4")))
                .body("models[0].parametersRaw", equalTo("ChatGPT: 暂时不知道（GPT4的一部分能力露出）"))
                .body("models[0].parameters", hasSize(0))
                .body("models[1].parameters", hasSize(2))
                .body("models[1].parameters[0].text", equalTo("GPT 4至少是5250billion"))
                .body("models[1].parameters[0].value", equalTo(5_250_000_000_000L))
                .body("models[1].parameters[0].qualifier", equalTo("AT_LEAST"))
                .body("models[1].parameters[0].reported", equalTo(false))
                .body("models[1].parameters[1].text", equalTo("也有说法是100 Trillion"))
                .body("models[1].parameters[1].value", equalTo(100_000_000_000_000L))
                .body("models[1].parameters[1].qualifier", equalTo("ESTIMATE"))
                .body("models[1].parameters[1].reported", equalTo(true));
    }

    @Test
    void aRowOfOneModelGivesItTheWholeCell() {
        given().get("/api/v1/sota-models/google-palm")
                .then()
                .statusCode(200)
                .body("parametersRaw", equalTo("540 B"))
                .body("models[0].parametersRaw", equalTo("540 B"))
                .body("models[0].parameters.value", equalTo(List.of(540_000_000_000L)))
                .body("models[0].parameters.qualifier", equalTo(List.of("EXACT")))
                .body("models[0].parameters.reported", equalTo(List.of(false)));
        given().get("/api/v1/sota-models/google-dreambooth")
                .then()
                .statusCode(200)
                .body("models[0].parametersRaw", equalTo(""))
                .body("models[0].parameters", hasSize(0));
    }

    /**
     * Rows with a count: cogvideo 9.4B, ernie-vilg 10B, wenhui 11.3B, glm-130b 130B, palm 540B, and GPT-4 "at least"
     * 5.25T (no upper end; the reported 100T is not counted).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "maxParameters=100000000000000 | baai-cogvideo baai-wenhui baai-zhipu-glm-130b baidu-ernie-vilg google-palm",
                "maxParameters=1000000000000000 | baai-cogvideo baai-wenhui baai-zhipu-glm-130b baidu-ernie-vilg google-palm",
                "minParameters=5250000000000 | openai-chatgpt-gpt4",
                "minParameters=5250000000001 | ",
                "minParameters=100000000000000 | ",
                "minParameters=540000000000&maxParameters=540000000000 | google-palm",
                "sort=-parameters&pageSize=3 | openai-chatgpt-gpt4 google-palm baai-zhipu-glm-130b",
                "sort=parameters | baai-cogvideo baidu-ernie-vilg baai-wenhui baai-zhipu-glm-130b google-palm openai-chatgpt-gpt4 google-dreambooth google-dreamfusion meta-make-a-video nvidia-magic-3d",
            })
    void atLeastHasNoUpperEndAndAReportedClaimIsNotABound(String query, String ids) {
        List<String> expected = ids == null ? List.of() : Arrays.asList(ids.split(" "));
        List<String> got = given().get("/api/v1/sota-models?" + query)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertEquals(expected, got);
    }

    @Test
    void theSpecSaysHowTheFiltersAndTheSortTreatClaims() {
        String parameters = "paths.'/api/v1/sota-models'.get.parameters";
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(parameters + ".find { it.name == 'minParameters' }.description", containsString("reported"))
                .body(parameters + ".find { it.name == 'maxParameters' }.description", containsString("at least"))
                .body(
                        parameters + ".find { it.name == 'sort' }.description",
                        containsString("parameters: the largest count the row states for one of its models"))
                .body("components.schemas.ParameterClaim.properties.reported.description", containsString("others"));
    }
}
