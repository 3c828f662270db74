package ai.landscape.company;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.seed.DatasetLoader;
import ai.landscape.seed.SeedFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The companies and products of the essays. The counts were made by hand from seed-data/corpus/companies.yaml and the
 * essays: 42 records; by role APPLICATION 18 (harvey, glean, character-ai, ava, jasper, copy-ai, runway, mem,
 * github-copilot, midjourney, eleven-labs, factory, abridge, xbow, sierra, day-ai, perplexity, inflection-ai),
 * FOUNDATION_MODEL 5 (anthropic, deepmind, aws, gpt-3-5, llama-2), DEVELOPER_TOOL 4 (hugging-face, langchain,
 * langsmith, weights-biases), INFRASTRUCTURE 6 (coreweave, lambda-labs, foundry, replicate, modal, pinecone), INCUMBENT 9
 * (adobe, salesforce, duet, bard, firefly, siri, figma, photoshop, discord); 15 products; named in 000 by 10, in 002 by
 * 12 (000's ten, glean and hugging-face in the related articles), in 001 by 27 and in 003 by 12.
 */
@QuarkusTest
class CompanyTest {

    @Inject
    DatasetLoader loader;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "| 42 | abridge adobe anthropic ava aws bard character-ai copy-ai coreweave day-ai …",
                "?source=act-o1-2024 | 12 | abridge anthropic aws day-ai deepmind factory github-copilot glean harvey salesforce sierra xbow",
                "?source=creative-new-world-2022 | 10 | copy-ai discord figma github-copilot jasper mem midjourney photoshop runway siri",
                "?source=creative-new-world-2022-zh-2025 | 12 | copy-ai discord figma github-copilot glean hugging-face jasper mem midjourney photoshop runway siri",
                "?source=act-two-2023 | 27 | adobe ava bard character-ai coreweave duet eleven-labs firefly foundry …",
                "?source=genai-research-report | 0 | ",
                "?source=creative-new-world-2022&source=act-o1-2024 | 21 | abridge anthropic aws copy-ai day-ai deepmind discord …",
                "?role=INFRASTRUCTURE | 6 | coreweave foundry lambda-labs modal pinecone replicate",
                "?role=FOUNDATION_MODEL | 5 | anthropic aws deepmind gpt-3-5 llama-2",
                "?role=DEVELOPER_TOOL | 4 | hugging-face langchain langsmith weights-biases",
                "?role=APPLICATION | 18 | abridge ava character-ai copy-ai day-ai eleven-labs factory github-copilot glean harvey inflection-ai jasper mem midjourney perplexity runway sierra xbow",
                "?kind=PRODUCT&role=INCUMBENT | 7 | bard discord duet figma firefly photoshop siri",
                "?kind=PRODUCT | 15 | bard day-ai discord duet figma firefly github-copilot gpt-3-5 langchain langsmith llama-2 mem photoshop siri weights-biases",
                "?maker=google | 2 | bard duet",
                "?maker=adobe | 1 | firefly",
                "?q=CharacterAI | 1 | character-ai",
                "?q=character.ai | 1 | character-ai",
                "?q=copilot | 1 | github-copilot",
                "?q=weights | 1 | weights-biases",
                "?q=ＭＪ | 1 | midjourney",
                "?q=GPT3.5 | 1 | gpt-3-5",
                "?q=Deepmind.AI | 1 | deepmind",
            })
    void listsSelectExactlyTheseCompanies(String query, int total, String ids) {
        ExtractableResponse<Response> r = given().get("/api/v1/companies" + (query == null ? "" : query.strip()))
                .then()
                .statusCode(200)
                .extract();
        assertEquals(total, r.<Integer>path("totalSize"));
        List<String> got = r.path("items.id");
        List<String> expected =
                ids == null ? List.of() : Arrays.asList(ids.strip().split("\\s+"));
        if (!expected.isEmpty() && expected.get(expected.size() - 1).equals("…")) {
            assertEquals(expected.subList(0, expected.size() - 1), got.subList(0, expected.size() - 1));
        } else {
            assertEquals(expected, got);
        }
    }

    @Test
    void aCompanyHasItsDescriptorsAndEverySentenceThatNamesIt() {
        given().get("/api/v1/companies/harvey")
                .then()
                .statusCode(200)
                .body("name", equalTo("Harvey"))
                .body("kind", equalTo("COMPANY"))
                .body("role", equalTo("APPLICATION"))
                .body("descriptors", equalTo(List.of("为顶级律师事务所定制LLM", "AI 律师")))
                .body("maker", nullValue())
                .body("sources", equalTo(List.of("act-two-2023", "act-o1-2024")))
                .body("mentions", hasSize(2))
                .body("mentions[0].section", equalTo("面向第二阶段"))
                .body("mentions[0].quote", startsWith("市场已经开始从\"第一幕\"转向\"第二幕\"。进入\"第二幕\"的公司的例子包括**Harvey** ，"))
                .body("mentions[0].line", equalTo(64))
                .body("mentions[1].source", equalTo("act-o1-2024"))
                .body("mentions[1].section", equalTo("6、“销售工作”的意思是什么？"))
                .body("mentions[1].quote", equalTo("Harvey：AI 律师"))
                .body("mentions[1].line", equalTo(157));
    }

    @Test
    void aProductLinksToTheMakerTheTextStates() {
        given().get("/api/v1/companies/firefly")
                .then()
                .statusCode(200)
                .body("kind", equalTo("PRODUCT"))
                .body("role", equalTo("INCUMBENT"))
                .body("maker", equalTo("adobe"))
                .body("makerCollection", equalTo("companies"))
                .body("mentions[0].line", equalTo(101));
        given().get("/api/v1/companies/bard")
                .then()
                .statusCode(200)
                .body("maker", equalTo("google"))
                .body("makerCollection", equalTo("organizations"));
        // The essays do not say whose GitHub Copilot, GPT-3.5 or DeepMind is.
        for (String id : List.of("github-copilot", "gpt-3-5", "llama-2", "deepmind", "aws")) {
            given().get("/api/v1/companies/" + id).then().statusCode(200).body("maker", nullValue());
        }
    }

    @Test
    void namesAreAsFirstWrittenWithTheOtherSpellingsAsAliases() {
        given().get("/api/v1/companies/character-ai")
                .then()
                .statusCode(200)
                .body("name", equalTo("Character"))
                .body("nameEn", equalTo("Character.ai"))
                .body("aliases", equalTo(List.of("Character AI", "Character.ai", "CharacterAI")))
                .body("mentions", hasSize(4));
        given().get("/api/v1/companies/github-copilot")
                .then()
                .statusCode(200)
                .body("name", equalTo("GitHub CoPilot"))
                .body("nameEn", equalTo("GitHub Copilot"))
                .body(
                        "sources",
                        equalTo(List.of(
                                "creative-new-world-2022",
                                "act-two-2023",
                                "creative-new-world-2022-zh-2025",
                                "act-o1-2024")));
        given().get("/api/v1/companies/weights-biases")
                .then()
                .statusCode(200)
                .body("name", equalTo("Weights \\& Biases"))
                .body("nameEn", equalTo("Weights & Biases"));
    }

    @Test
    void facetsCountRolesKindsAndSources() {
        given().queryParam("facet", "role")
                .queryParam("facet", "kind")
                .queryParam("facet", "source")
                .get("/api/v1/companies")
                .then()
                .statusCode(200)
                .body("facets.role.find { it.value == 'APPLICATION' }.count", equalTo(18))
                .body("facets.role.find { it.value == 'INCUMBENT' }.count", equalTo(9))
                .body("facets.kind.find { it.value == 'PRODUCT' }.count", equalTo(15))
                .body("facets.kind.find { it.value == 'COMPANY' }.count", equalTo(27))
                .body("facets.source.find { it.value == 'act-two-2023' }.count", equalTo(27))
                .body("facets.source.find { it.value == 'creative-new-world-2022' }.count", equalTo(10));
    }

    @Test
    void searchFindsCompanies() {
        given().queryParam("q", "CharacterAI")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.find { it.collection == 'COMPANIES' }.id", equalTo("character-ai"))
                .body("items.find { it.collection == 'COMPANIES' }.matched.field", equalTo("aliases"));
    }

    @Test
    void anUnknownIdIsANotFoundProblem() {
        given().get("/api/v1/companies/tiktok")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("no company has the id 'tiktok'"));
    }

    @Test
    void csvHasOneRowPerCompany() throws IOException {
        String csv = given().get("/api/v1/companies?format=csv&role=INFRASTRUCTURE")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertEquals(6, rows.size());
        CSVRecord pinecone = rows.get(4);
        assertEquals("pinecone", pinecone.get("id"));
        assertEquals("向量数据库;RAG的基础设施支柱", pinecone.get("descriptors"));
        assertEquals("act-two-2023", pinecone.get("sources"));
        assertTrue(pinecone.get("mentions").contains("像Pinecone这样的公司的向量数据库"), pinecone.get("mentions"));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "corpus/companies.yaml|maker: google|maker: alphabet|corpus/companies.yaml row 36: maker 'alphabet' is not an organization or another company",
                "corpus/companies.yaml|maker: adobe|maker: salesforce|corpus/companies.yaml row 38: no quote says 'salesforce 的 …': the maker is not stated",
                "corpus/companies.yaml|\"Harvey：AI 律师\"|\"Harvey：AI 大律师\"|corpus/companies.yaml row 1: quote 'Harvey：AI 大律师' does not occur verbatim in act-o1-2024",
                "corpus/companies.yaml|[为顶级律师事务所定制LLM, AI 律师]|[为顶级律师事务所定制LLM, AI 法官]|corpus/companies.yaml row 1: descriptor 'AI 法官' is written in none of its quotes",
                "corpus/companies.yaml|- id: aws|- id: amazon|corpus/companies.yaml row 21: id 'amazon' is an organization's: an organization is not a company",
                "corpus/companies.yaml|role: INFRASTRUCTURE|role: CLOUD|corpus/companies.yaml row 28: role 'CLOUD' is not one of [APPLICATION, FOUNDATION_MODEL, DEVELOPER_TOOL, INFRASTRUCTURE, INCUMBENT]",
                "corpus/companies.yaml|aliases: [MJ]|aliases: [MJ, Midjourney.ai]|corpus/companies.yaml row 10: alias 'Midjourney.ai' is written in no seed document",
                "corpus/companies.yaml|section: \"面向第二阶段\"|section: \"市场格局\"|corpus/companies.yaml row 1: section '市场格局' is not written before the quote in act-two-2023",
            })
    void aBadEntryIsRefusedWithFileEntryAndReason(String file, String from, String to, String message) {
        List<String> problems = SeedFiles.problemsAfter(loader, file, from, to);
        assertTrue(problems.contains(message), problems.toString());
    }
}
