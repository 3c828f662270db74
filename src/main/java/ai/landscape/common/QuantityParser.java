package ai.landscape.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers the seed cells state: money amounts, compute resources and parameter counts,
 * written in Arabic or Chinese numerals with 万/亿 multipliers. A figure the text does not give
 * (几十, 数千) stays null; the wording around it becomes the {@link Qualifier}.
 */
public final class QuantityParser {

    private static final String CN_NUMERALS = "零一二两三四五六七八九十百千万亿";
    private static final String NUMBER = "\\d+(?:\\.\\d+)?[十百千万亿]*|[数几]?[" + CN_NUMERALS + "]+";

    private static final Pattern MONEY = Pattern.compile(
            "(?:(?<low>\\d+(?:\\.\\d+)?)\\s*[-~～]\\s*)?(?<num>" + NUMBER + ")(?<more>多)?(?<cur>美元|美金|人民币|元)?");
    private static final Pattern COMPUTE =
            Pattern.compile("(?<num>\\d+|[数几]?[一二两三四五六七八九十百千]+)(?<more>多)?\\s*(?:张|块|个)?\\s*"
                    + "(?<acc>卡|A-?100|H100|V100|GPU|TPU v4 pods?|TPU)");
    private static final Pattern FLOPS =
            Pattern.compile("(?<num>\\d+(?:\\.\\d+)?)\\s*(?<unit>EFLOPS|PetaFLOPS|PFLOPS|P)(?![A-Za-z])");
    private static final Pattern PARAMETERS =
            Pattern.compile("(?<num>\\d+(?:\\.\\d+)?)\\s*(?<unit>B|billion|Billion|T|Trillion|trillion)(?![A-Za-z])");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{4}年|每年|去年|[0-9一二两三四五六七八九十]+年");
    private static final Pattern CLAUSE_END = Pattern.compile("[，。；、,;:：（）()\\s]");

    private QuantityParser() {}

    /** Every money amount of a funding cell, in order. */
    public static List<MoneyAmount> money(String cell) {
        List<MoneyAmount> out = new ArrayList<>();
        String text = Citations.withoutUrls(cell);
        Matcher m = MONEY.matcher(text);
        int floor = 0;
        while (m.find()) {
            String num = m.group("num");
            String cur = m.group("cur");
            if (cur == null && !num.matches(".*[万亿].*")) {
                continue; // a year, an ordinal or a count, not money
            }
            String currency = cur == null ? null : cur.equals("美元") || cur.equals("美金") ? "USD" : "CNY";
            String clause = clauseBefore(text, m.start(), floor);
            String suffix = suffix(text, m.end());
            floor = m.end() + suffix.length();
            Long value = value(num);
            Qualifier q = qualifier(clause, num, m.group("more"), suffix);
            Long low = null;
            Long high = null;
            if (m.group("low") != null) {
                low = value(m.group("low") + num.replaceAll("^[\\d.]+", ""));
                high = value;
                value = null;
                q = Qualifier.RANGE;
            }
            Matcher p = PERIOD.matcher(clause);
            String period = p.find() ? p.group() : null;
            out.add(new MoneyAmount((clause + m.group() + suffix).trim(), value, low, high, currency, q, period));
        }
        return out;
    }

    /** Every compute resource of a compute cell, in order: accelerator counts and PFLOPS throughputs. */
    public static List<ComputeResource> compute(String cell) {
        String text = Citations.withoutUrls(cell);
        TreeMap<Integer, Matcher> found = new TreeMap<>();
        for (Pattern pattern : List.of(COMPUTE, FLOPS)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.put(m.start(), pattern.matcher(text).region(m.start(), m.end()));
            }
        }
        List<ComputeResource> out = new ArrayList<>();
        int floor = 0;
        for (Matcher m : found.values()) {
            m.lookingAt();
            String clause = clauseBefore(text, m.start(), floor);
            floor = m.end();
            String text1 = (clause + m.group()).trim();
            if (m.pattern() == FLOPS) {
                BigDecimal n = new BigDecimal(m.group("num"));
                BigDecimal pflops = m.group("unit").equals("EFLOPS") ? n.movePointRight(3) : n;
                out.add(new ComputeResource(
                        text1, "PFLOPS", pflops.longValueExact(), qualifier(clause, "", null, ""), null));
                continue;
            }
            String acc = m.group("acc");
            String accelerator =
                    acc.equals("卡") ? "card" : acc.startsWith("TPU v4") ? "TPU v4 pod" : acc.replace("-", "");
            String num = m.group("num");
            String deployment =
                    clause.contains("公有云") ? "PUBLIC_CLOUD" : clause.contains("私有云") ? "PRIVATE_CLOUD" : null;
            out.add(new ComputeResource(
                    text1, accelerator, value(num), qualifier(clause, num, m.group("more"), ""), deployment));
        }
        return out;
    }

    /** The parameter count of a SOTA parameters cell, or null when it states none. */
    public static ParameterCount parameters(String cell) {
        String text = Citations.withoutUrls(cell);
        Matcher m = PARAMETERS.matcher(text);
        List<Long> values = new ArrayList<>();
        Qualifier single = null;
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group("num"));
            int shift = m.group("unit").startsWith("T") || m.group("unit").startsWith("t") ? 12 : 9;
            values.add(n.movePointRight(shift).longValueExact());
            single = qualifier(clauseBefore(text, m.start()), m.group("num"), null, "");
        }
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() == 1) {
            long v = values.get(0);
            return single == Qualifier.EXACT
                    ? new ParameterCount(v, v, v, single, false)
                    : new ParameterCount(null, v, single == Qualifier.AT_MOST ? v : null, single, true);
        }
        long low = values.stream().mapToLong(Long::longValue).min().getAsLong();
        long high = values.stream().mapToLong(Long::longValue).max().getAsLong();
        return new ParameterCount(null, low, high, Qualifier.RANGE, true);
    }

    /** The words of the clause that ends where a number starts. */
    private static String clauseBefore(String text, int start) {
        return clauseBefore(text, start, 0);
    }

    /** The words of the clause that ends where a number starts, not reaching back before {@code floor}. */
    private static String clauseBefore(String text, int start, int floor) {
        int from = floor;
        Matcher e = CLAUSE_END.matcher(text).region(floor, start);
        while (e.find()) {
            from = e.end();
        }
        return text.substring(from, start);
    }

    private static String suffix(String text, int end) {
        String rest = text.substring(end);
        for (String s : new String[] {"左右", "以内", "以上"}) {
            if (rest.startsWith(s)) {
                return s;
            }
        }
        return "";
    }

    private static Qualifier qualifier(String clause, String num, String more, String suffix) {
        String before = clause.replaceAll("[是为达了在]$", "");
        if (clause.contains("预测") || clause.contains("说法") || clause.contains("估计")) {
            return Qualifier.ESTIMATE;
        }
        if (clause.contains("至少") || suffix.equals("以上")) {
            return Qualifier.AT_LEAST;
        }
        if (before.endsWith("超") || before.endsWith("超过") || more != null) {
            return Qualifier.MORE_THAN;
        }
        if (before.endsWith("不到") || suffix.equals("以内")) {
            return Qualifier.AT_MOST;
        }
        if (before.endsWith("近")
                || before.endsWith("约")
                || suffix.equals("左右")
                || num.startsWith("数")
                || num.startsWith("几")) {
            return Qualifier.APPROXIMATE;
        }
        return Qualifier.EXACT;
    }

    /** The value of a number in Arabic and/or Chinese numerals; null for 数千, 几十 (no figure given). */
    static Long value(String number) {
        if (number.startsWith("数") || number.startsWith("几")) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal current = null;
        int i = 0;
        Matcher arabic = Pattern.compile("^\\d+(?:\\.\\d+)?").matcher(number);
        if (arabic.find()) {
            current = new BigDecimal(arabic.group());
            i = arabic.end();
        }
        for (; i < number.length(); i++) {
            char c = number.charAt(i);
            int digit = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                digit = 2;
            }
            if (digit >= 0) {
                current = BigDecimal.valueOf(digit);
                continue;
            }
            int unit = switch (c) {
                case '十' -> 1;
                case '百' -> 2;
                case '千' -> 3;
                case '万' -> 4;
                case '亿' -> 8;
                default -> throw new IllegalArgumentException("not a numeral: " + number);
            };
            BigDecimal cur = current == null ? BigDecimal.ZERO : current;
            if (unit < 4) {
                section = section.add((current == null ? BigDecimal.ONE : current).movePointRight(unit));
            } else if (unit == 4) {
                total = total.add(section.add(cur).movePointRight(4));
                section = BigDecimal.ZERO;
            } else {
                total = total.add(section).add(cur).movePointRight(8);
                section = BigDecimal.ZERO;
            }
            current = null;
        }
        BigDecimal result = total.add(section).add(current == null ? BigDecimal.ZERO : current);
        return result.stripTrailingZeros().longValueExact();
    }
}
