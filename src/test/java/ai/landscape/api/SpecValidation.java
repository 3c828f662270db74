package ai.landscape.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.nio.file.Path;

/**
 * Validates every response of the suite that RestAssured sees against the committed
 * openapi/openapi.yaml (OpenAPI 3.0.3, which this validator checks in full). Requests are not
 * validated: the error tests send bad ones on purpose. Paths outside the API (/q/...) are not in
 * the spec. Registered as a Quarkus test callback (META-INF/services), so that it runs in the
 * class loader of the @QuarkusTest classes and installs the filter on the RestAssured they use.
 */
public class SpecValidation implements QuarkusTestBeforeEachCallback {

    public static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createFor(
                    Path.of("openapi/openapi.yaml").toAbsolutePath().toString())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .build())
            .withWhitelist(ValidationErrorsWhitelist.create()
                    .withRule("outside the API", WhitelistRules.pathContainsSubstring("/q/"))
                    .withRule(
                            "an NDJSON stream of no records has no lines",
                            WhitelistRules.allOf(
                                    WhitelistRules.messageHasKey("validation.response.body.missing"),
                                    WhitelistRules.headerContainsSubstring("Content-Type", "application/x-ndjson"))))
            .build();

    private static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(VALIDATOR);

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }
}
