package ai.landscape.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The filter matrix of every collection. The expected counts and ids were derived by hand from
 * the seed tables (seed-data/tables) and the curation files, not computed by the code under
 * test. Ids are listed in id order (the default sort); '…' ends a list that shows only the first
 * ids of a larger set.
 */
@QuarkusTest
class ListFilterMatrixTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // organizations: region, capability, kind, q, combinations
                "/organizations?region=US | 8 | amazon bigscience google meta microsoft nvidia openai stability-ai",
                "/organizations?region=CN | 15 | alibaba baai baidu bytedance huawei …",
                "/organizations?region=US&region=CN | 23 | alibaba amazon baai baidu …",
                "/organizations?capability=CODE | 5 | amazon google huawei openai zhipu-ai",
                "/organizations?capability=CODE&region=CN | 2 | huawei zhipu-ai",
                "/organizations?capability=BIOLOGY | 8 | baai baidu google huawei meta microsoft stability-ai tencent",
                "/organizations?capability=INDUSTRY | 3 | baidu idea langboat",
                "/organizations?capability=CODE&capability=INDUSTRY | 8 | amazon baidu google huawei idea langboat openai zhipu-ai",
                "/organizations?kind=RESEARCH_INSTITUTE | 4 | baai idea shanghai-ai-research-institute zhejiang-lab",
                "/organizations?kind=COMMUNITY&kind=RESEARCH_TEAM | 2 | bigscience wenlan",
                "/organizations?kind=COMPANY&region=US | 7 | amazon google meta microsoft nvidia openai stability-ai",
                "/organizations?q=智源 | 1 | baai",
                "/organizations?q=北京智源研究院 | 1 | baai",
                "/organizations?q=Nvida | 1 | nvidia",
                "/organizations?q=nvidia | 1 | nvidia",
                "/organizations?q=ＢＡＡＩ | 1 | baai",
                "/organizations?q=open ai | 1 | openai",
                "/organizations?q=OPENAI | 1 | openai",
                "/organizations?q=谷歌 | 1 | google",
                "/organizations?q=华章 | 1 | zhipu-ai",
                "/organizations?q=字节跳动 | 1 | bytedance",
                "/organizations?q=xyz-nothing | 0 | ",
                // models: organization, region, capability, openSource, q
                "/models?organization=baidu | 35 | baidu-bingcheng-baidu-wenxin …",
                "/models?organization=baidu&capability=INDUSTRY | 11 | baidu-bingcheng-baidu-wenxin …",
                "/models?organization=openai&organization=stability-ai&openSource=true | 5 | openai-gpt-3 openai-gpt1 openai-gpt2 stability-ai-stable-diffusion stability-ai-stable-diffusion2",
                "/models?openSource=false | 1 | openai-codex",
                "/models?capability=CODE | 5 | amazon-codeguru google-alphacode huawei-codegeex openai-codex zhipu-ai-codegeex",
                "/models?capability=CODE&region=CN | 2 | huawei-codegeex zhipu-ai-codegeex",
                "/models?region=US | 152 | amazon-bort …",
                "/models?q=palm | 1 | google-palm",
                "/models?q=ＰａＬＭ | 1 | google-palm",
                "/models?q=Preceirver | 1 | google-perceiver",
                "/models?q=盘古 | 4 | huawei-pangu-cross-modal huawei-pangu-cv huawei-pangu-molecule huawei-pangu-nlp",
                "/models?q=文汇 | 1 | baai-wudao-wenhui",
                // applications: category, segment, organization, q
                "/applications?category=TEXT_TO_IMAGE | 21 | 6-pen …",
                "/applications?category=TEXT_TO_IMAGE&segment=COMMUNITY | 6 | dahuajia-domo daomengshi museart tiamat wanxing-ai-painting yijian-ai-painting",
                "/applications?category=TEXT_GENERATION | 9 | caiyun-xiaomeng fridayai get-writing gliso langboat wowo-ai-writing xiaomingbot xiezuohu xiezuomao",
                "/applications?category=DIALOGUE | 1 | caiyun-xiaomeng",
                "/applications?category=COMPANIONSHIP | 1 | lingxin",
                "/applications?segment=STUDENTS | 6 | get-writing gliso langboat wowo-ai-writing xiezuohu xiezuomao",
                "/applications?segment=COLLEGE_STUDENTS | 1 | 6-pen",
                "/applications?segment=CREATORS | 34 | 6-pen …",
                "/applications?segment=CREATORS&segment=COMMUNITY | 35 | 6-pen …",
                "/applications?segment=ENTERPRISE_BRANDS | 18 | aifashions …",
                "/applications?organization=baidu | 4 | baidu-vidpress baidu-wenxin-ernie-vilg ernie-vilg wenxin-yige",
                "/applications?organization=tencent&organization=alibaba | 2 | alibaba-luban tencent-ai-lab",
                "/applications?q=vidpress | 2 | baidu-vidpress vidpress",
                "/applications?q=ERNIE-ViLG | 2 | baidu-wenxin-ernie-vilg ernie-vilg",
                "/applications?q=写作 | 5 | get-writing gliso wowo-ai-writing xiezuohu xiezuomao",
                // sota-models: type, organization, region, parameters
                "/sota-models?type=LANGUAGE | 3 | baai-zhipu-glm-130b google-palm openai-chatgpt-gpt4",
                "/sota-models?type=TEXT_TO_3D | 2 | google-dreamfusion nvidia-magic-3d",
                "/sota-models?minParameters=100000000001 | 3 | baai-zhipu-glm-130b google-palm openai-chatgpt-gpt4",
                "/sota-models?maxParameters=20000000000 | 3 | baai-cogvideo baai-wenhui baidu-ernie-vilg",
                "/sota-models?minParameters=10000000000&maxParameters=20000000000 | 2 | baai-wenhui baidu-ernie-vilg",
                "/sota-models?region=CN | 4 | baai-cogvideo baai-wenhui baai-zhipu-glm-130b baidu-ernie-vilg",
                "/sota-models?organization=google | 3 | google-dreambooth google-dreamfusion google-palm",
                "/sota-models?organization=zhipu-ai | 1 | baai-zhipu-glm-130b",
                "/sota-models?region=US&type=TEXT_TO_IMAGE | 1 | google-dreambooth",
                "/sota-models?q=ERNIE-ViILG | 1 | baidu-ernie-vilg",
                "/sota-models?q=gpt4 | 1 | openai-chatgpt-gpt4",
                // takeaways: kind, topic
                "/takeaways?kind=GAP | 5 | gap-architecture gap-compute gap-funding gap-outcome gap-talent",
                "/takeaways?kind=NEED | 4 | need-capital need-compute need-data need-team",
                "/takeaways?topic=COMPUTE | 2 | gap-compute need-compute",
                "/takeaways?kind=NEED&topic=COMPUTE | 1 | need-compute",
                // sources
                "/sources?work=creative-new-world-2022 | 2 | creative-new-world-2022 creative-new-world-2022-zh-2025",
            })
    void filterSelectsExactlyTheseRecords(String query, int total, String ids) {
        ExtractableResponse<Response> r =
                given().get("/api/v1" + query.strip()).then().statusCode(200).extract();
        assertEquals(total, r.<Integer>path("totalSize"));
        List<String> got = r.path("items.id");
        List<String> expected =
                ids == null ? List.of() : Arrays.asList(ids.strip().split("\\s+"));
        if (!expected.isEmpty() && expected.get(expected.size() - 1).equals("…")) {
            List<String> prefix = expected.subList(0, expected.size() - 1);
            assertEquals(prefix, got.subList(0, prefix.size()));
            assertEquals(Math.min(total, ListQuery.DEFAULT_PAGE_SIZE), got.size());
        } else {
            assertEquals(expected, got);
        }
        assertEquals(got.size(), got.stream().distinct().count());
    }
}
