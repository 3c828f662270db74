package ai.landscape.seed;

import java.util.Map;

/** One row of a transcribed seed table: its 1-based number and its cells by seed header. */
public record TableRow(int row, Map<String, String> cells) {

    public String cell(String header) {
        String value = cells.get(header);
        if (value == null) {
            throw new IllegalArgumentException("no column " + header);
        }
        return value;
    }
}
