package ai.landscape.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transcriptions in seed-data/tables equal the Markdown tables of seed document 004, cell by cell. */
class TranscriptionTest {

    /** The Markdown table of 004 whose header line starts with {@code header}: header, then data rows. */
    static List<List<String>> markdownTable(String header) throws IOException {
        List<String> lines = Files.readAllLines(SeedFiles.ROOT.resolve("documents/004_c32df2c26227c770.txt"));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(header)) {
                start = i;
                break;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = start; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            if (i == start + 1) {
                continue; // the |:---:| alignment line
            }
            String line = lines.get(i).strip();
            String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
            List<String> cells = new ArrayList<>();
            for (String cell : inner.split("\\|", -1)) {
                cells.add(cell.replaceFirst("^\\s*<div style=\"width: \\d+pt\">", "")
                        .strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    @ParameterizedTest
    @CsvSource({
        "us-players, |代表公司|, 8",
        "china-players, |代表公司/机构|, 15",
        "applications, |项目|, 55",
        "sota-comparison, |模型|, 10",
        "takeaways, |Take away, 10"
    })
    void everyCellEqualsTheSeedDocument(String table, String header, int rows) throws IOException {
        List<List<String>> seed = markdownTable(header);
        List<String[]> csv = SeedFiles.csv(table);
        assertEquals(rows, seed.size() - 1, "data rows of the seed table");
        assertEquals(rows, csv.size() - 1, "data rows of " + table + ".csv");
        List<String> csvHeader = List.of(csv.get(0));
        assertEquals("row", csvHeader.get(0));
        assertEquals(seed.get(0), csvHeader.subList(1, csvHeader.size()));
        for (int r = 1; r <= rows; r++) {
            List<String> line = List.of(csv.get(r));
            assertEquals(String.valueOf(r), line.get(0));
            assertEquals(seed.get(r), line.subList(1, line.size()), table + " row " + r);
        }
    }
}
