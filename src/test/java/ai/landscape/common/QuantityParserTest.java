package ai.landscape.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.seed.SeedFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every numeric-looking compute, funding and parameter cell of the seed tables, with what it
 * states, read by hand: value (or low-high), unit or currency, qualifier, and the extra
 * (deployment, period, estimated). Several amounts of one cell are separated by "; ".
 */
class QuantityParserTest {

    /** (table, row, column) to the expected reading. An empty reading: the cell states no quantity. */
    static final Map<String, String> EXPECTED = new TreeMap<>();

    static {
        expect("us-players", 1, "资金投入", "2000000000 USD MORE_THAN 3年");
        expect("us-players", 2, "算力资源", "4000 A100 EXACT PUBLIC_CLOUD");
        expect(
                "us-players",
                2,
                "资金投入",
                "6000000 USD EXACT; 50000000 USD MORE_THAN; 101000000 USD EXACT; 1000000000 USD EXACT; 6000000 USD EXACT; 600000 USD EXACT");
        expect("us-players", 3, "算力资源", "? TPU v4 pod APPROXIMATE");
        expect("us-players", 3, "资金投入", "? USD APPROXIMATE");
        expect("us-players", 4, "算力资源", "5400 A100 EXACT PUBLIC_CLOUD; 16000 A100 EXACT PRIVATE_CLOUD");
        expect("us-players", 4, "资金投入", "400000000 USD EXACT; 70000000000 USD AT_LEAST");
        expect("us-players", 5, "算力资源", "4320 A100 EXACT PRIVATE_CLOUD");
        expect("us-players", 5, "资金投入", "60000000000 USD MORE_THAN");
        expect("us-players", 6, "资金投入", "10000000000 USD EXACT");
        expect("us-players", 7, "资金投入", "10000000-20000000 USD RANGE");
        expect("us-players", 8, "算力资源", "? card APPROXIMATE");
        expect("us-players", 8, "资金投入", "2000000000 USD EXACT");
        expect("china-players", 1, "算力资源", "");
        expect("china-players", 1, "资金投入", "1000000000 CNY AT_MOST; 1500000000 USD EXACT 去年");
        expect("china-players", 2, "算力资源", "200 PFLOPS EXACT; 1000 card EXACT");
        expect("china-players", 2, "资金投入", "1000000000 CNY AT_MOST; 100000000000 CNY MORE_THAN 十年");
        expect("china-players", 3, "算力资源", "1000 card EXACT");
        expect("china-players", 3, "资金投入", "100000000 ? ESTIMATE");
        expect("china-players", 5, "算力资源", "");
        expect("china-players", 5, "资金投入", "2000000000 CNY EXACT");
        expect("china-players", 6, "算力资源", "1000 card APPROXIMATE");
        expect("china-players", 6, "资金投入", "20000000 USD EXACT");
        expect("china-players", 7, "资金投入", "10000000 ? APPROXIMATE");
        expect("china-players", 8, "算力资源", "");
        expect("china-players", 10, "算力资源", "12000 PFLOPS EXACT");
        expect("china-players", 11, "资金投入", "");
        expect("china-players", 12, "算力资源", "3740 PFLOPS EXACT");
        expect("china-players", 13, "算力资源", "1000 card MORE_THAN");
        expect("china-players", 13, "资金投入", "500000000 CNY APPROXIMATE 每年");
        expect("china-players", 14, "算力资源", "2400 card EXACT; 1200 A100 EXACT");
        expect("china-players", 14, "资金投入", "400000000 CNY EXACT 每年");
        expect("china-players", 15, "算力资源", "1600 A100 EXACT");
        expect("china-players", 15, "资金投入", "10000000000 ? EXACT 2018-2022年; 2860000000 ? EXACT 5年");
        expect("sota-comparison", 1, "参数", "540000000000 EXACT");
        expect("sota-comparison", 2, "参数", "5250000000000-100000000000000 RANGE estimated");
        expect("sota-comparison", 3, "参数", "130000000000 EXACT");
        expect("sota-comparison", 5, "参数", "10000000000 EXACT");
        expect("sota-comparison", 6, "参数", "11300000000 EXACT");
        expect("sota-comparison", 8, "参数", "9400000000 EXACT");
    }

    private static void expect(String table, int row, String column, String reading) {
        EXPECTED.put(table + "|" + row + "|" + column, reading);
    }

    /** A cell looks numeric when it holds an Arabic digit outside URLs or a Chinese numeral. */
    private static final Pattern NUMERIC = Pattern.compile("[0-9一二两三四五六七八九十百千万亿]");

    static List<String[]> numericCells() {
        List<String[]> cells = new ArrayList<>();
        for (String[] tc : new String[][] {
            {"us-players", "算力资源"}, {"us-players", "资金投入"},
            {"china-players", "算力资源"}, {"china-players", "资金投入"},
            {"sota-comparison", "参数"}
        }) {
            List<String> column = SeedFiles.column(tc[0], tc[1]);
            for (int i = 0; i < column.size(); i++) {
                if (NUMERIC.matcher(Citations.withoutUrls(column.get(i))).find()) {
                    cells.add(new String[] {tc[0], String.valueOf(i + 1), tc[1], column.get(i)});
                }
            }
        }
        return cells;
    }

    @Test
    void everyNumericCellOfTheSeedTablesHasAnExpectedReading() {
        List<String> numeric = numericCells().stream()
                .map(c -> c[0] + "|" + c[1] + "|" + c[2])
                .sorted()
                .toList();
        assertEquals(List.copyOf(EXPECTED.keySet()), numeric);
    }

    @ParameterizedTest(name = "{0} row {1} {2}")
    @MethodSource("numericCells")
    void readsTheCell(String table, String row, String column, String cell) {
        String reading = column.equals("参数")
                ? describe(QuantityParser.parameters(cell))
                : column.equals("算力资源")
                        ? QuantityParser.compute(cell).stream()
                                .map(QuantityParserTest::describe)
                                .collect(Collectors.joining("; "))
                        : QuantityParser.money(cell).stream()
                                .map(QuantityParserTest::describe)
                                .collect(Collectors.joining("; "));
        assertEquals(EXPECTED.get(table + "|" + row + "|" + column), reading, cell);
    }

    @ParameterizedTest
    @CsvSource({
        "540 B, 540000000000",
        "130B, 130000000000",
        "11.3B, 11300000000",
        "9.4B, 9400000000",
    })
    void readsAPlainParameterCount(String cell, long expected) {
        ParameterCount p = QuantityParser.parameters(cell);
        assertEquals(expected, p.value());
        assertEquals(Qualifier.EXACT, p.qualifier());
        assertEquals(false, p.estimated());
    }

    @Test
    void theGpt4CellIsAnEstimatedRangeFromAtLeast5250BillionTo100Trillion() {
        ParameterCount p = QuantityParser.parameters(
                SeedFiles.column("sota-comparison", "参数").get(1));
        assertNull(p.value());
        assertEquals(5_250_000_000_000L, p.low());
        assertEquals(100_000_000_000_000L, p.high());
        assertTrue(p.estimated());
        assertEquals(5_250_000_000_000L, p.lowerBound());
        assertEquals(100_000_000_000_000L, p.upperBound());
    }

    @Test
    void anEmptyParametersCellIsNull() {
        assertNull(QuantityParser.parameters(""));
    }

    @ParameterizedTest
    @CsvSource({
        "一千亿, 100000000000",
        "千万, 10000000",
        "百亿, 10000000000",
        "一亿, 100000000",
        "28.6亿, 2860000000",
        "1.01亿, 101000000",
        "5000万, 50000000",
        "两千, 2000",
        "一亿五千万, 150000000",
        "十, 10",
    })
    void readsChineseNumerals(String numeral, long expected) {
        assertEquals(expected, QuantityParser.value(numeral));
    }

    @Test
    void aMagnitudeWithoutAFigureHasNoValue() {
        assertNull(QuantityParser.value("数十亿"));
        assertNull(QuantityParser.value("几十"));
    }

    @Test
    void digitsInsideUrlsAreNotRead() {
        assertEquals(List.of(), QuantityParser.money("https://www.ngui.cc/el/1581331.html 2022年"));
        assertEquals(List.of(), QuantityParser.compute("https://example.org/4000张A100"));
    }

    static String describe(MoneyAmount a) {
        String amount = a.value() != null ? a.value().toString() : a.low() != null ? a.low() + "-" + a.high() : "?";
        return join(
                amount, a.currency() == null ? "?" : a.currency(), a.qualifier().name(), a.period());
    }

    static String describe(ComputeResource c) {
        return join(
                c.count() == null ? "?" : c.count().toString(),
                c.accelerator(),
                c.qualifier().name(),
                c.deployment());
    }

    static String describe(ParameterCount p) {
        if (p == null) {
            return "";
        }
        String amount = p.value() != null ? p.value().toString() : p.low() + "-" + p.high();
        return join(amount, p.qualifier().name(), p.estimated() ? "estimated" : null);
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(s -> s != null).collect(Collectors.joining(" "));
    }
}
