package ai.landscape.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.landscape.client.ApiClient;
import ai.landscape.client.ApiException;
import ai.landscape.client.api.ApplicationsApi;
import ai.landscape.client.api.ModelsApi;
import ai.landscape.client.api.OrganizationsApi;
import ai.landscape.client.api.SotaModelsApi;
import ai.landscape.client.model.Category;
import ai.landscape.client.model.PageApplicationDto;
import ai.landscape.client.model.PageModelDto;
import ai.landscape.client.model.ParameterClaim;
import ai.landscape.client.model.Problem;
import ai.landscape.client.model.Qualifier;
import ai.landscape.client.model.Segment;
import ai.landscape.client.model.SotaModelDto;
import ai.landscape.client.model.SotaType;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Java client generated from the committed openapi/openapi.yaml at build time, used against the running service. */
@QuarkusTest
class JavaClientTest {

    @TestHTTPResource("/")
    URI base;

    ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
    }

    @Test
    void aFilteredList() throws ApiException {
        PageApplicationDto page = new ApplicationsApi(client)
                .listApplications(
                        List.of(Category.TEXT_TO_IMAGE),
                        List.of(Segment.COMMUNITY),
                        null,
                        null,
                        null,
                        List.of("segment"),
                        null,
                        null,
                        null);
        assertEquals(6L, page.getTotalSize());
        assertEquals(
                List.of(
                        "dahuajia-domo",
                        "daomengshi",
                        "museart",
                        "tiamat",
                        "wanxing-ai-painting",
                        "yijian-ai-painting"),
                page.getItems().stream().map(a -> a.getId()).toList());
        assertEquals(
                5L,
                page.getFacets().get("segment").stream()
                        .filter(f -> f.getValue().equals("CREATORS"))
                        .findFirst()
                        .orElseThrow()
                        .getCount());
    }

    @Test
    void pagingToTheEnd() throws ApiException {
        ModelsApi models = new ModelsApi(client);
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            PageModelDto page = models.listModels(null, null, null, null, null, null, null, 40, token, null);
            page.getItems().forEach(m -> ids.add(m.getId()));
            token = page.getNextPageToken();
        } while (token != null);
        assertEquals(232, ids.size());
        assertEquals(232, new HashSet<>(ids).size());
    }

    @Test
    void aDetailKeepsEachParameterClaimWithItsModel() throws ApiException {
        SotaModelDto gpt4 = new SotaModelsApi(client).getSotaModel("openai-chatgpt-gpt4");
        assertEquals(SotaType.LANGUAGE, gpt4.getType());
        ParameterClaim atLeast = gpt4.getModels().get(1).getParameters().get(0);
        assertEquals(5_250_000_000_000L, atLeast.getValue());
        assertEquals(Qualifier.AT_LEAST, atLeast.getQualifier());
        assertEquals(true, gpt4.getModels().get(1).getParameters().get(1).getReported());
        assertEquals(List.of("openai"), gpt4.getOrganizations());
        assertEquals("OpenAI：ChatGPT/GPT4", gpt4.getModelRaw());
    }

    @Test
    void aNotFoundSurfacesAsATypedError() throws Exception {
        ApiException e = assertThrows(ApiException.class, () -> new OrganizationsApi(client).getOrganization("acme"));
        assertEquals(404, e.getCode());
        Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        assertEquals("NOT_FOUND", problem.getCode());
        assertEquals("no organization has the id 'acme'", problem.getDetail());
    }
}
