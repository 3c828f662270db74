package ai.landscape.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error the service can send is application/problem+json with a stable code, never a stack trace. */
@QuarkusTest
class ErrorsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "GET | /api/v1/organizations?foo=bar | 400 | INVALID_PARAMETER | foo | unknown parameter; this list takes region, capability, kind, q, sort, facet, pageSize, pageToken, format",
                "GET | /api/v1/organizations?region=EU | 400 | INVALID_PARAMETER | region | 'EU' is not one of US, CN",
                "GET | /api/v1/organizations?capability=code | 400 | INVALID_PARAMETER | capability | 'code' is not one of FOUNDATION, CROSS_MODAL, TEXT, IMAGE, VIDEO_3D, CODE, GAMING, BIOLOGY, SPEECH, INDUSTRY",
                "GET | /api/v1/sota-models?minParameters=lots | 400 | INVALID_PARAMETER | minParameters | 'lots' is not a whole number from 0 to 999999999999999999",
                "GET | /api/v1/sota-models?minParameters=-1 | 400 | INVALID_PARAMETER | minParameters | '-1' is not a whole number from 0 to 999999999999999999",
                "GET | /api/v1/sota-models?minParameters=1&minParameters=2 | 400 | INVALID_PARAMETER | minParameters | give it once",
                "GET | /api/v1/models?openSource=yes | 400 | INVALID_PARAMETER | openSource | 'yes' is not one of true, false",
                "GET | /api/v1/models?organization=Acme_Inc | 400 | INVALID_PARAMETER | organization | 'Acme_Inc' is not an id (lower-case letters, digits and '-')",
                "GET | /api/v1/applications?pageSize=501 | 400 | INVALID_PARAMETER | pageSize | '501' is not a whole number from 1 to 500",
                "GET | /api/v1/applications?pageSize=0 | 400 | INVALID_PARAMETER | pageSize | '0' is not a whole number from 1 to 500",
                "GET | /api/v1/applications?pageSize=ten | 400 | INVALID_PARAMETER | pageSize | 'ten' is not a whole number from 1 to 500",
                "GET | /api/v1/applications?sort=popularity | 400 | INVALID_PARAMETER | sort | 'popularity' is not one of id, name, nameEn, organization, row (prefix '-' for descending, separate fields with ',')",
                "GET | /api/v1/applications?facet=color | 400 | INVALID_PARAMETER | facet | 'color' is not one of category, segment, organization",
                "GET | /api/v1/applications?pageToken=bm9wZQ | 400 | INVALID_PARAMETER | pageToken | is not a page token of this API; use the nextPageToken of a previous page",
                "GET | /api/v1/applications?q= | 400 | INVALID_PARAMETER | q | must not be empty",
                "GET | /api/v1/takeaways?q=gap | 400 | INVALID_PARAMETER | q | unknown parameter; this list takes kind, topic, sort, facet, pageSize, pageToken, format",
                "GET | /api/v1/search | 400 | INVALID_PARAMETER | q | is required",
                "GET | /api/v1/organizations/openai?verbose=1 | 400 | INVALID_PARAMETER | verbose | unknown parameter; this operation takes no query parameters",
                "GET | /api/v1/meta?x=1 | 400 | INVALID_PARAMETER | x | unknown parameter; this operation takes no query parameters",
                "GET | /api/v1/organizations/baidu/models?organization=openai | 400 | INVALID_PARAMETER | organization | unknown parameter; this list takes region, capability, openSource, q, sort, facet, pageSize, pageToken, format",
            })
    void badParametersAreA400NamingTheParameter(
            String method, String path, int status, String code, String parameter, String detail) {
        given().request(method, path.strip())
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("title", equalTo("Invalid query parameter"))
                .body("errors[0].parameter", equalTo(parameter))
                .body("errors[0].detail", equalTo(detail));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GET | /api/v1/organizations/acme | 404 | NOT_FOUND | no organization has the id 'acme'",
                "GET | /api/v1/organizations/acme/models | 404 | NOT_FOUND | no organization has the id 'acme'",
                "GET | /api/v1/models/acme | 404 | NOT_FOUND | no model has the id 'acme'",
                "GET | /api/v1/applications/acme | 404 | NOT_FOUND | no application has the id 'acme'",
                "GET | /api/v1/sota-models/acme | 404 | NOT_FOUND | no sota model has the id 'acme'",
                "GET | /api/v1/takeaways/acme | 404 | NOT_FOUND | no takeaway has the id 'acme'",
                "GET | /api/v1/sources/acme | 404 | NOT_FOUND | no source has the id 'acme'",
                "GET | /api/v1/nothing-here | 404 | NOT_FOUND | no resource at this path; see /q/openapi for the paths of the API",
                "GET | /api/v2/organizations | 404 | NOT_FOUND | no resource at this path; see /q/openapi for the paths of the API",
                "POST | /api/v1/organizations | 405 | METHOD_NOT_ALLOWED | this path answers GET, HEAD, OPTIONS",
                "DELETE | /api/v1/organizations/openai | 405 | METHOD_NOT_ALLOWED | this path answers GET, HEAD, OPTIONS",
                "PUT | /api/v1/meta | 405 | METHOD_NOT_ALLOWED | this path answers GET, HEAD, OPTIONS",
            })
    void frameworkErrorsAreProblemsToo(String method, String path, int status, String code, String detail) {
        given().request(method, path.strip())
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("detail", equalTo(detail))
                .body(not(containsString("Exception")))
                .body(not(containsString("at ai.landscape")));
    }

    @Test
    void anUnacceptableMediaTypeIsA406Problem() {
        given().accept("application/xml")
                .get("/api/v1/organizations")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_ACCEPTABLE"));
    }

    @Test
    void aBodyOfAnUnsupportedTypeOnAGetPathIsRefused() {
        given().contentType("application/xml")
                .body("<x/>")
                .post("/api/v1/organizations")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void oversizeRequestsAreRefusedAtTheEdge() {
        given().queryParam("q", "x".repeat(5000))
                .get("/api/v1/organizations")
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("code", equalTo("URI_TOO_LONG"));
        given().header("X-Padding", "y".repeat(9000))
                .get("/api/v1/organizations")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("code", equalTo("HEADERS_TOO_LARGE"));
        given().queryParam("q", "x".repeat(201))
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors[0].detail", equalTo("is longer than 200 characters"));
    }

    /** The bounds the spec declares (maxLength, maxItems) are what the service enforces, to the character. */
    @Test
    void theDeclaredBoundsAreEnforced() {
        String id100 = "a".repeat(100);
        given().queryParam("organization", id100)
                .get("/api/v1/models")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(0));
        given().queryParam("organization", id100 + "a")
                .get("/api/v1/models")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("organization"))
                .body("errors[0].detail", equalTo("'" + id100 + "a' is longer than 100 characters"));
        given().get("/api/v1/organizations/" + id100 + "a")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("no organization has the id '" + id100 + "a'"));
        given().queryParam("pageToken", "A".repeat(65))
                .get("/api/v1/models")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("pageToken"))
                .body(
                        "errors[0].detail",
                        equalTo("is longer than 64 characters; use the nextPageToken of a previous page"));
        // q counts characters (code points), as maxLength does: 200 characters outside the BMP are 400 UTF-16 units
        String doubleStruckA = "\uD835\uDD38"; // NFKC: A
        given().queryParam("q", doubleStruckA.repeat(200))
                .get("/api/v1/models")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(0));
        given().queryParam("q", doubleStruckA.repeat(201))
                .get("/api/v1/models")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].detail", equalTo("is longer than 200 characters"));
        given().queryParam(
                        "facet", java.util.Collections.nCopies(51, "capability").toArray())
                .get("/api/v1/models")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].detail", equalTo("is given 51 times; at most 50"));
    }

    @Test
    void anIdThatNoRecordCanHaveIs404WithoutAQuery() {
        given().urlEncodingEnabled(false)
                .get("/api/v1/organizations/a%00b")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
        given().urlEncodingEnabled(false)
                .get("/api/v1/organizations/a%00b/models?format=csv")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void controlCharactersInQAreRefused() {
        given().queryParam("q", "a\u0000b")
                .get("/api/v1/applications")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("q"))
                .body("errors[0].detail", equalTo("must not contain control characters"));
    }

    @Test
    void aParameterRepeatedTooOftenIsRefused() {
        given().queryParam("region", java.util.Collections.nCopies(51, "CN").toArray())
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("region"))
                .body("errors[0].detail", equalTo("is given 51 times; at most 50"));
        given().queryParam("region", java.util.Collections.nCopies(50, "CN").toArray())
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("totalSize", equalTo(15));
    }

    @Test
    void severalBadParametersAreReportedTogether() {
        given().get("/api/v1/applications?category=FOO&segment=BAR&zzz=1")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", equalTo(java.util.List.of("zzz", "category", "segment")))
                .body("detail", startsWith("3 query parameters are invalid: "));
    }
}
