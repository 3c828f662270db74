package ai.landscape.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.landscape.seed.SeedFiles;
import ai.landscape.vocabulary.MoneyKind;
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
        expect("us-players", 1, "资金投入", "2000000000 USD MORE_THAN INVESTMENT 3年");
        expect("us-players", 2, "算力资源", "4000 A100 EXACT PUBLIC_CLOUD");
        // The side note on the two links' disagreeing figures is the training cost's note, not two more amounts.
        expect(
                "us-players",
                2,
                "资金投入",
                "6000000 USD EXACT TRAINING_COST note: 这里有一个小问题，第一个链接里说训练成本是600万美金，第二个里面说是60万美金; "
                        + "50000000 USD MORE_THAN OPERATING_COST; 101000000 USD EXACT FUNDING_RAISED; "
                        + "1000000000 USD EXACT VALUATION");
        expect("us-players", 3, "算力资源", "? TPU v4 pod MAGNITUDE");
        expect("us-players", 3, "资金投入", "? USD MAGNITUDE INVESTMENT");
        expect("us-players", 4, "算力资源", "5400 A100 EXACT PUBLIC_CLOUD; 16000 A100 EXACT PRIVATE_CLOUD");
        expect("us-players", 4, "资金投入", "400000000 USD EXACT INVESTMENT; 70000000000 USD AT_LEAST PLANNED_INVESTMENT");
        expect("us-players", 5, "算力资源", "4320 A100 EXACT PRIVATE_CLOUD");
        expect("us-players", 5, "资金投入", "60000000000 USD MORE_THAN INVESTMENT");
        expect("us-players", 6, "资金投入", "10000000000 USD MAGNITUDE INVESTMENT");
        expect("us-players", 7, "资金投入", "10000000-20000000 USD RANGE INVESTMENT");
        expect("us-players", 8, "算力资源", "? card MAGNITUDE");
        expect("us-players", 8, "资金投入", "2000000000 USD EXACT INVESTMENT");
        expect("china-players", 1, "算力资源", "");
        expect("china-players", 1, "资金投入", "1000000000 CNY AT_MOST BUDGET; 1500000000 USD EXACT INVESTMENT 去年");
        expect("china-players", 2, "算力资源", "200 PFLOPS EXACT; 1000 card MAGNITUDE");
        expect("china-players", 2, "资金投入", "1000000000 CNY AT_MOST BUDGET; 100000000000 CNY MORE_THAN INVESTMENT 十年");
        expect("china-players", 3, "算力资源", "1000 card MAGNITUDE");
        expect("china-players", 3, "资金投入", "100000000 ? ESTIMATE INVESTMENT");
        expect("china-players", 5, "算力资源", "");
        expect("china-players", 5, "资金投入", "2000000000 CNY EXACT VALUATION");
        expect("china-players", 6, "算力资源", "1000 card APPROXIMATE");
        expect("china-players", 6, "资金投入", "20000000 USD EXACT FUNDRAISING_TARGET");
        expect("china-players", 7, "资金投入", "10000000 ? APPROXIMATE FUNDING_RAISED");
        expect("china-players", 8, "算力资源", "");
        expect("china-players", 10, "算力资源", "12000 PFLOPS EXACT");
        expect("china-players", 11, "资金投入", "");
        expect("china-players", 12, "算力资源", "3740 PFLOPS EXACT");
        expect("china-players", 13, "算力资源", "1000 card MORE_THAN");
        expect("china-players", 13, "资金投入", "500000000 CNY APPROXIMATE BUDGET 每年");
        // IDEA shares 1,200 of Peng Cheng Lab's 2,400 cards: one resource, the part, shared.
        expect("china-players", 14, "算力资源", "1200 A100 EXACT shared from 鹏城实验室下面2400张卡 pool 2400");
        expect("china-players", 14, "资金投入", "400000000 CNY EXACT INVESTMENT 每年");
        expect("china-players", 15, "算力资源", "1600 A100 EXACT");
        expect("china-players", 15, "资金投入", "10000000000 ? EXACT GRANT 2018-2022年; 2860000000 ? EXACT INVESTMENT 5年");
        expect("sota-comparison", 1, "参数", "540000000000 EXACT");
        // "at least" stays AT_LEAST; "some say 100 Trillion" is a reported claim, not an upper bound.
        expect("sota-comparison", 2, "参数", "5250000000000 AT_LEAST; 100000000000000 ESTIMATE reported");
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
                ? QuantityParser.parameters(cell).stream()
                        .map(QuantityParserTest::describe)
                        .collect(Collectors.joining("; "))
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
        List<ParameterClaim> claims = QuantityParser.parameters(cell);
        assertEquals(List.of(new ParameterClaim(cell, expected, Qualifier.EXACT, false)), claims);
    }

    @Test
    void theGpt4CellKeepsAtLeastAndTheReportedClaimApart() {
        List<ParameterClaim> claims = QuantityParser.parameters(
                SeedFiles.column("sota-comparison", "参数").get(1));
        assertEquals(
                List.of(
                        new ParameterClaim("GPT 4至少是5250billion", 5_250_000_000_000L, Qualifier.AT_LEAST, false),
                        new ParameterClaim("也有说法是100 Trillion", 100_000_000_000_000L, Qualifier.ESTIMATE, true)),
                claims);
        assertEquals(5_250_000_000_000L, claims.get(0).lowerBound());
        assertNull(claims.get(0).upperBound(), "at least: no upper end");
        assertFalse(claims.get(1).counted(), "a claim of others is not counted by the filters");
    }

    @Test
    void anEmptyParametersCellStatesNoCount() {
        assertEquals(List.of(), QuantityParser.parameters(""));
        assertEquals(List.of(), QuantityParser.parameters("ChatGPT: 暂时不知道（GPT4的一部分能力露出）"));
    }

    @ParameterizedTest
    @CsvSource({
        "估值达10亿美元, VALUATION",
        "近期获得了1.01亿美元超额融资, FUNDING_RAISED",
        "目前希望融资2000万美金, FUNDRAISING_TARGET",
        "stable diffusion训练成本为600万美金, TRAINING_COST",
        "运营和云支出成本超过5000万美金, OPERATING_COST",
        "2018-2022年省财政拨款100亿, GRANT",
        "每年经费5亿人民币左右, BUDGET",
        "Meta将至少在Meatverse投资700亿美元, PLANNED_INVESTMENT",
        "去年AI整体投入15亿美元, INVESTMENT",
        "20亿美金, INVESTMENT",
    })
    void anAmountHasTheKindItsSentenceGives(String sentence, MoneyKind kind) {
        List<MoneyAmount> amounts = QuantityParser.money(sentence);
        assertEquals(1, amounts.size(), amounts.toString());
        assertEquals(kind, amounts.get(0).kind());
    }

    @Test
    void aMagnitudeWordIsNotAnExactCount() {
        ComputeResource thousand = QuantityParser.compute("自建千卡").get(0);
        assertEquals(1000L, thousand.count());
        assertEquals(Qualifier.MAGNITUDE, thousand.qualifier());
        MoneyAmount tenBillion = QuantityParser.money("百亿美元").get(0);
        assertEquals(10_000_000_000L, tenBillion.value());
        assertEquals(Qualifier.MAGNITUDE, tenBillion.qualifier());
        assertEquals(Qualifier.APPROXIMATE, QuantityParser.compute("近千卡").get(0).qualifier());
        assertEquals(Qualifier.EXACT, QuantityParser.compute("十张卡").get(0).qualifier());
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
                amount,
                a.currency() == null ? "?" : a.currency(),
                a.qualifier().name(),
                a.kind().name(),
                a.period(),
                a.note() == null ? null : "note: " + a.note());
    }

    static String describe(ComputeResource c) {
        return join(
                c.count() == null ? "?" : c.count().toString(),
                c.accelerator(),
                c.qualifier().name(),
                c.deployment(),
                c.shared() ? "shared" : null,
                c.sharedFrom() == null ? null : "from " + c.sharedFrom(),
                c.poolCount() == null ? null : "pool " + c.poolCount());
    }

    static String describe(ParameterClaim p) {
        return join(String.valueOf(p.value()), p.qualifier().name(), p.reported() ? "reported" : null);
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(s -> s != null).collect(Collectors.joining(" "));
    }
}
