package ai.landscape.api;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Test access to what a list answers: a page as JSON, a CSV body as records with its header's names. */
public final class ListResponses {

    private ListResponses() {}

    /** The page a GET of {@code pathAndQuery} answers with 200. */
    public static JsonPath page(String pathAndQuery) {
        return given().get(pathAndQuery).then().statusCode(200).extract().jsonPath();
    }

    /** The records of a CSV body, by the names of its header row. */
    public static List<CSVRecord> csv(String body) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))
                .getRecords();
    }
}
