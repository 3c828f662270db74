package ai.landscape.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number means what its sentence says: whose compute it is, what kind of money an amount is, that a side note is
 * not a further amount, that a magnitude word is not an exact count. Expected values are read by hand from the
 * 算力资源 and 资金投入 cells of seed-data/tables/us-players.csv and china-players.csv.
 */
@QuarkusTest
class ComputeAndFundingTest {

    @Test
    void ideaHasTheTwelveHundredCardsItSharesNotPengChengLabsPool() {
        // "NLP和CV团队Share鹏城实验室下面2400张卡中的1200张A-100（AOHAN）": one resource, 1,200 A100, shared.
        given().get("/api/v1/organizations/idea")
                .then()
                .statusCode(200)
                .body("compute", hasSize(1))
                .body("compute[0].text", equalTo("NLP和CV团队Share鹏城实验室下面2400张卡中的1200张A-100"))
                .body("compute[0].accelerator", equalTo("A100"))
                .body("compute[0].count", equalTo(1200))
                .body("compute[0].qualifier", equalTo("EXACT"))
                .body("compute[0].shared", equalTo(true))
                .body("compute[0].sharedFrom", equalTo("鹏城实验室下面2400张卡"))
                .body("compute[0].poolCount", equalTo(2400));
    }

    @Test
    void computeTheTextDoesNotCallSharedIsNotShared() {
        given().get("/api/v1/organizations/meta")
                .then()
                .statusCode(200)
                .body("compute.shared", equalTo(List.of(false, false)))
                .body("compute.poolCount", equalTo(Arrays.asList(null, null)));
    }

    @Test
    void stabilitysSideNoteOnTwoDisagreeingLinksIsANoteOfTheTrainingCostNotTwoMoreAmounts() {
        given().get("/api/v1/organizations/stability-ai")
                .then()
                .statusCode(200)
                .body("funding", hasSize(4))
                .body(
                        "funding.kind",
                        equalTo(List.of("TRAINING_COST", "OPERATING_COST", "FUNDING_RAISED", "VALUATION")))
                .body("funding.value", equalTo(List.of(6_000_000, 50_000_000, 101_000_000, 1_000_000_000)))
                .body("funding.qualifier", equalTo(List.of("EXACT", "MORE_THAN", "EXACT", "EXACT")))
                .body("funding[2].text", equalTo("近期获得了1.01亿美元超额融资"))
                .body("funding[3].text", equalTo("估值达10亿美元"))
                .body("funding[0].note", equalTo("这里有一个小问题，第一个链接里说训练成本是600万美金，第二个里面说是60万美金"))
                .body("funding[1].note", nullValue());
    }

    /** Every organization's amounts, in cell order, with the kind each sentence gives: id | kinds | values. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "openai | INVESTMENT | 2000000000", // 3年投入超20亿美元
                "stability-ai | TRAINING_COST OPERATING_COST FUNDING_RAISED VALUATION | 6000000 50000000 101000000 1000000000",
                "google | INVESTMENT | null", // 数十亿美元: a magnitude, no figure
                "meta | INVESTMENT PLANNED_INVESTMENT | 400000000 70000000000", // 4亿美元建造…; 将至少…投资700亿美元
                "nvidia | INVESTMENT | 60000000000", // 累计投入超过600亿美元
                "microsoft | INVESTMENT | 10000000000", // 百亿美元
                "bigscience | INVESTMENT | null", // 1000-2000万美金: a range, low and high
                "amazon | INVESTMENT | 2000000000", // 20亿美金
                "huawei | BUDGET INVESTMENT | 1000000000 1500000000", // 预算…10亿人民币以内; 去年AI整体投入15亿美元
                "baidu | BUDGET INVESTMENT | 1000000000 100000000000", // 预算…以内; 智能云十年累计投入超一千亿元
                "netease | INVESTMENT | 100000000", // NA 预测在一亿
                "meituan | | ",
                "zhipu-ai | VALUATION | 2000000000", // 估值20亿人民币
                "xihu-xinchen | FUNDRAISING_TARGET | 20000000", // 目前希望融资2000万美金
                "langboat | FUNDING_RAISED | 10000000", // pre-Al轮投资近千万
                "tencent | | ",
                "bytedance | | ",
                "alibaba | | ",
                "wenlan | | ", // 目前有一线TS: no amount
                "shanghai-ai-research-institute | | ",
                "baai | BUDGET | 500000000", // 每年经费5亿人民币左右
                "idea | INVESTMENT | 400000000", // 每年4亿人民币
                "zhejiang-lab | GRANT INVESTMENT | 10000000000 2860000000", // 省财政拨款100亿; 社会累积投资28.6亿
            })
    void everyAmountHasTheKindItsSentenceGives(String id, String kinds, String values) {
        given().get("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .body("funding.kind", equalTo(words(kinds)))
                .body("funding.value", equalTo(numbers(values)));
    }

    @Test
    void noValuationCostOrTargetIsCountedAsMoneyRaisedOrInvested() {
        List<Map<String, Object>> amounts = new ArrayList<>();
        given().get("/api/v1/organizations?pageSize=100")
                .then()
                .statusCode(200)
                .extract()
                .<List<List<Map<String, Object>>>>path("items.funding")
                .forEach(amounts::addAll);
        assertEquals(24, amounts.size(), "the hand count of the amounts above (26 while the side note counted)");
        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> a : amounts) {
            String text = (String) a.get("text");
            String kind = (String) a.get("kind");
            String expected = text.contains("估值")
                    ? "VALUATION"
                    : text.contains("训练成本")
                            ? "TRAINING_COST"
                            : text.contains("成本")
                                    ? "OPERATING_COST"
                                    : text.contains("希望融资") ? "FUNDRAISING_TARGET" : null;
            if (expected != null && !expected.equals(kind)) {
                wrong.add(text + ": " + kind);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theMoneyKindsAreAVocabulary() {
        given().get("/api/v1/vocabularies")
                .then()
                .statusCode(200)
                .body(
                        "moneyKinds.code",
                        equalTo(List.of(
                                "INVESTMENT",
                                "PLANNED_INVESTMENT",
                                "FUNDING_RAISED",
                                "FUNDRAISING_TARGET",
                                "VALUATION",
                                "BUDGET",
                                "GRANT",
                                "TRAINING_COST",
                                "OPERATING_COST")))
                .body("moneyKinds.find { it.code == 'VALUATION' }.label.zh", equalTo("估值"));
    }

    /** 千卡, 千卡规模, 百亿 name a magnitude, not an exact count: MAGNITUDE, with the magnitude as the value. */
    @ParameterizedTest(name = "{0} {1}[{2}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "netease | compute | 0 | 1000 | 自建千卡",
                "baidu | compute | 1 | 1000 | 百度百舸提供了千卡",
                "microsoft | funding | 0 | 10000000000 | 百亿美元",
                "google | funding | 0 | null | 数十亿美元",
                "amazon | compute | 0 | null | 数千卡",
                "google | compute | 0 | null | 几十个TPU v4 pods",
            })
    void aMagnitudeWordIsAMagnitude(String id, String list, int index, String value, String text) {
        String field = list.equals("compute") ? "count" : "value";
        given().get("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .body(list + "[" + index + "].qualifier", equalTo("MAGNITUDE"))
                .body(list + "[" + index + "]." + field, equalTo(numbers(value).get(0)))
                .body(list + "[" + index + "].text", equalTo(text));
    }

    @Test
    void nearlyAThousandIsApproximateNotAMagnitude() {
        given().get("/api/v1/organizations/xihu-xinchen")
                .then()
                .statusCode(200)
                .body("compute[0].text", equalTo("近千卡"))
                .body("compute[0].count", equalTo(1000))
                .body("compute[0].qualifier", equalTo("APPROXIMATE"));
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : List.of(text.split(" "));
    }

    /** Numbers as JSON gives them to RestAssured: Integer when they fit, else Long; "null" for null. */
    private static List<Object> numbers(String text) {
        List<Object> out = new ArrayList<>();
        for (String w : words(text)) {
            if (w.equals("null")) {
                out.add(null);
            } else {
                long n = Long.parseLong(w);
                out.add(n <= Integer.MAX_VALUE ? (Object) (int) n : (Object) n);
            }
        }
        return out;
    }
}
