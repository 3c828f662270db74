package ai.landscape.meta;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.application.Application;
import ai.landscape.common.ComputeResource;
import ai.landscape.common.MoneyAmount;
import ai.landscape.common.Qualifier;
import ai.landscape.model.Model;
import ai.landscape.organization.Organization;
import ai.landscape.sota.SotaModel;
import ai.landscape.takeaway.Takeaway;
import ai.landscape.vocabulary.MoneyKind;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real seed-data, loaded into the real (embedded) PostgreSQL at start-up. */
@QuarkusTest
class DatasetTest {

    @Test
    void metaCountsEveryCollection() {
        given().get("/api/v1/meta")
                .then()
                .statusCode(200)
                .body("apiVersion", equalTo("1.0.0"))
                .body("counts.organizations", equalTo(23))
                .body("counts.applications", equalTo(55))
                .body("counts.sotaModels", equalTo(10))
                .body("counts.takeaways", equalTo(9))
                .body("counts.sources", equalTo(5))
                .body("counts.models", equalTo(232))
                .body("sources", hasSize(5))
                .body("sources.find { it.id == 'genai-research-report' }.file", equalTo("004_c32df2c26227c770.txt"));
    }

    @Test
    void readinessIsUpWithTheDatasetVersion() {
        String version = given().get("/api/v1/meta").then().extract().path("datasetVersion");
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'dataset' }.data.datasetVersion", equalTo(version));
    }

    @Test
    @TestTransaction
    void organizationsKeepRawCellsBesideParsedValues() {
        Organization stability = Organization.findById("stability-ai");
        assertEquals("Stability AI", stability.name);
        assertEquals("US", stability.region);
        assertEquals("公有云上4000张A100", stability.computeRaw);
        assertEquals(
                List.of(new ComputeResource(
                        "公有云上4000张A100", "A100", 4000L, Qualifier.EXACT, "PUBLIC_CLOUD", false, null, null)),
                stability.compute);
        assertTrue(stability.fundingRaw.startsWith(
                "（1）stable diffusion训练成本为600万美金 https://zhuanlan.zhihu.com/p/563159006"));
        assertTrue(stability.citations.contains("https://zhuanlan.zhihu.com/p/563159006"));
        assertTrue(stability.citations.contains("https://hub.baai.ac.cn/view/20386"));
        assertEquals("Emad Mostaque/David Ha（ex-Google）", stability.leadersRaw);
        assertEquals(List.of("Emad Mostaque", "David Ha"), stability.leaders);
        assertEquals("genai-research-report", stability.provenance.sourceId);
        assertEquals("us-players", stability.provenance.table);
        assertEquals(2, stability.provenance.row);

        Organization baai = Organization.findById("baai");
        assertEquals("北京智源人工智能研究院", baai.name);
        assertEquals("CN", baai.region);
        assertTrue(baai.aliases.containsAll(List.of("智源", "北京智源研究院")));
        assertEquals(
                new MoneyAmount(
                        "每年经费5亿人民币左右",
                        MoneyKind.BUDGET,
                        500_000_000L,
                        null,
                        null,
                        "CNY",
                        Qualifier.APPROXIMATE,
                        "每年",
                        null),
                baai.funding.get(0));
        assertEquals(List.of("CROSS_MODAL", "TEXT", "IMAGE", "BIOLOGY"), baai.capabilities);
        assertEquals("悟道 文溯", baai.capabilityCells.get("BIOLOGY"));

        Organization nvidia = Organization.findById("nvidia");
        assertTrue(nvidia.aliases.contains("Nvida"));
    }

    @Test
    @TestTransaction
    void modelsKeepTheirCellAndNote() {
        Model health = Model.findById("baidu-ernie-health");
        assertEquals("ERNIE-Health", health.name);
        assertEquals("医疗", health.note);
        assertEquals("baidu", health.organizationId);
        assertTrue(health.rawCells.get("TEXT").startsWith("ERNIE-Health（医疗）/ERNIE-Finance（金融）"));
        Model codex = Model.findById("openai-codex");
        assertEquals(Boolean.FALSE, codex.openSource);
        assertEquals("Codex 未开源", codex.rawCells.get("CODE"));
        Model palm = Model.findById("google-palm");
        assertEquals(List.of("TEXT", "GAMING"), palm.capabilities);
        assertTrue(palm.aliases.contains("PALM"));
    }

    @Test
    @TestTransaction
    void applicationsSplitFullWidthSeparatorsIntoSegments() {
        Application yige = Application.find("name", "文心一格").firstResult();
        assertEquals("创作者＋2B品牌", yige.segmentsRaw);
        assertEquals(List.of("CREATORS", "ENTERPRISE_BRANDS"), yige.segments);
        assertEquals(List.of("TEXT_TO_IMAGE"), yige.categories);
        Application tencent = Application.find("name", "腾讯AI Lab").firstResult();
        assertEquals("tencent", tencent.organizationId);
        assertEquals(List.of("GAMERS", "ENTERPRISE_BRANDS"), tencent.segments);
        Application lingxin = Application.find("name", "聆心智能").firstResult();
        assertEquals("AI陪伴/小说攥写", lingxin.directionRaw);
        assertEquals(List.of("COMPANIONSHIP", "FICTION_WRITING"), lingxin.categories);
        assertEquals(List.of("DEPRESSION_PATIENTS", "COPYWRITERS"), lingxin.segments);
        assertNull(lingxin.organizationId);
    }

    @Test
    @TestTransaction
    void sotaModelsLinkOrganizationsAndParseParameters() {
        SotaModel glm = SotaModel.find("modelRaw", "智源/华章：GLM-130B").firstResult();
        assertEquals(List.of("baai", "zhipu-ai"), glm.organizations);
        assertEquals("130B", glm.parametersRaw);
        assertEquals(130_000_000_000L, glm.parametersMin);
        assertEquals("LANGUAGE", glm.type);
        assertEquals("精度高（https://new.qq.com/rain/a/20220905A0651E00）", glm.performanceRaw);
        assertEquals(List.of("https://new.qq.com/rain/a/20220905A0651E00"), glm.citations);
        SotaModel magic = SotaModel.find("modelRaw", "Nvida：Magic 3D").firstResult();
        assertEquals(List.of("nvidia"), magic.organizations);
        assertEquals("TEXT_TO_3D", magic.type);
        assertEquals(List.of(), magic.models.get(0).parameters());
        assertNull(magic.parametersMin);
        assertEquals(3, SotaModel.count("parametersMin > 100000000000"));
    }

    @Test
    @TestTransaction
    void takeawaysSkipTheHeadingRow() {
        assertEquals(5, Takeaway.count("kind", "GAP"));
        assertEquals(4, Takeaway.count("kind", "NEED"));
        assertEquals(0, Takeaway.count("provenance.row", 6));
        Takeaway team = Takeaway.find("provenance.row", 7).firstResult();
        assertEquals("NEED", team.kind);
        assertEquals("TEAM", team.topic);
        assertEquals("比较强研发+engineer能力和经验的团队", team.text);
    }
}
