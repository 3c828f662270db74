package ai.landscape.common;

import ai.landscape.vocabulary.MoneyKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers the seed cells state: money amounts, compute resources and parameter counts,
 * written in Arabic or Chinese numerals with 万/亿 multipliers. A figure the text does not give
 * (几十, 数千) stays null; the wording around it becomes the {@link Qualifier}, and what the
 * sentence says the number is (a valuation, a cost, a shared part of a pool, a claim of others)
 * stays with it.
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
    /** A claim of a parameters cell runs over spaces ("GPT 4至少是5250billion"). */
    private static final Pattern CLAIM_END = Pattern.compile("[，。；、,;:：（）()]");
    /** Where a sentence of a cell ends: a URL, 。 or ；. */
    private static final Pattern SENTENCE_END = Pattern.compile(Citations.URL.pattern() + "|[。；;]");
    /** A sentence about what the cell's sources say ("第一个链接里说…") is a remark, not a further fact. */
    private static final Pattern REMARK = Pattern.compile("(?:链接|来源|文章)[^，,]*说");
    /** The words that say compute is shared with others rather than owned. */
    private static final Pattern SHARED = Pattern.compile("(?i)share|共享|分享|共用");
    /** The words between a pool and the part of it an organization has: "2400张卡中的1200张". */
    private static final Pattern PART_OF = Pattern.compile("\\s*(?:之中的|中的|里的|中)\\s*");
    /** The words that attribute a figure to others. */
    private static final Pattern REPORTED = Pattern.compile("说法|据说|传言|有人说|据称|据报道");
    /** A magnitude word with no figure before it: 千, 百亿, 千万 (a lone 十 is ten, a figure). */
    private static final Pattern MAGNITUDE_WORD = Pattern.compile("(?!十$)[十百千万亿]+");

    private QuantityParser() {}

    /**
     * Every money amount of a funding cell, in order, each with the kind its sentence gives it. A sentence about what
     * the cell's sources say (two links disagreeing on a figure) adds no amount: it becomes the note of the amount it
     * is about (the first of the kind it names, else the last amount before it).
     */
    public static List<MoneyAmount> money(String cell) {
        List<MoneyAmount> out = new ArrayList<>();
        for (String sentence : sentences(cell)) {
            if (REMARK.matcher(sentence).find()) {
                attachRemark(out, sentence.strip());
            } else {
                out.addAll(amounts(sentence));
            }
        }
        return out;
    }

    /** The sentences of a cell: its text between URLs, 。 and ；. */
    private static List<String> sentences(String cell) {
        List<String> out = new ArrayList<>();
        Matcher e = SENTENCE_END.matcher(cell);
        int from = 0;
        while (e.find()) {
            out.add(cell.substring(from, e.start()));
            from = e.end();
        }
        out.add(cell.substring(from));
        return out;
    }

    private static void attachRemark(List<MoneyAmount> amounts, String remark) {
        if (amounts.isEmpty()) {
            return; // nothing it could be about; the raw cell keeps it
        }
        MoneyKind about = kind(remark);
        int target = amounts.size() - 1;
        for (int i = 0; i < amounts.size(); i++) {
            if (amounts.get(i).kind() == about) {
                target = i;
                break;
            }
        }
        MoneyAmount a = amounts.get(target);
        String note = a.note() == null ? remark : a.note() + " " + remark;
        amounts.set(
                target,
                new MoneyAmount(
                        a.text(),
                        a.kind(),
                        a.value(),
                        a.low(),
                        a.high(),
                        a.currency(),
                        a.qualifier(),
                        a.period(),
                        note));
    }

    /** The money amounts of one sentence (without URLs). */
    private static List<MoneyAmount> amounts(String text) {
        List<MoneyAmount> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        int floor = 0;
        while (m.find()) {
            String num = m.group("num");
            String cur = m.group("cur");
            if (cur == null && !num.matches(".*[万亿].*")) {
                continue; // a year, an ordinal or a count, not money
            }
            String currency = cur == null ? null : cur.equals("美元") || cur.equals("美金") ? "USD" : "CNY";
            String clause = clauseBefore(text, m.start(), floor, CLAUSE_END);
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
            String words = clause + m.group() + suffix + clauseAfter(text, floor); // "1.01亿美元超额融资"
            out.add(new MoneyAmount(words.trim(), kind(words), value, low, high, currency, q, period, null));
        }
        return out;
    }

    /** What a money amount is, from the words of its clause (before and after the figure). */
    static MoneyKind kind(String words) {
        if (words.contains("估值")) {
            return MoneyKind.VALUATION;
        }
        if (words.matches(".*(?:希望|计划|拟|寻求)融资.*")) {
            return MoneyKind.FUNDRAISING_TARGET;
        }
        if (words.contains("融资") || words.contains("轮")) {
            return MoneyKind.FUNDING_RAISED;
        }
        if (words.contains("训练成本")) {
            return MoneyKind.TRAINING_COST;
        }
        if (words.contains("成本") || words.contains("支出") || words.contains("运营")) {
            return MoneyKind.OPERATING_COST;
        }
        if (words.contains("拨款")) {
            return MoneyKind.GRANT;
        }
        if (words.contains("预算") || words.contains("经费")) {
            return MoneyKind.BUDGET;
        }
        if (words.matches(".*将.*投.*")) {
            return MoneyKind.PLANNED_INVESTMENT;
        }
        return MoneyKind.INVESTMENT;
    }

    /**
     * Every compute resource of a compute cell, in order: accelerator counts and PFLOPS throughputs. A count of a pool
     * followed by the part of it the organization has ("2400张卡中的1200张A-100") is one resource, the part, with the
     * pool as its poolCount; it is shared when the text says so (Share, 共享).
     */
    public static List<ComputeResource> compute(String cell) {
        String text = Citations.withoutUrls(cell);
        TreeMap<Integer, Matcher> found = new TreeMap<>();
        for (Pattern pattern : List.of(COMPUTE, FLOPS)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Matcher at = pattern.matcher(text).region(m.start(), m.end());
                at.lookingAt();
                found.put(m.start(), at);
            }
        }
        List<Matcher> matches = new ArrayList<>(found.values());
        List<ComputeResource> out = new ArrayList<>();
        int floor = 0;
        for (int i = 0; i < matches.size(); i++) {
            Matcher m = matches.get(i);
            String clause = clauseBefore(text, m.start(), floor, CLAUSE_END);
            floor = m.end();
            if (m.pattern() == FLOPS) {
                BigDecimal n = new BigDecimal(m.group("num"));
                BigDecimal pflops = m.group("unit").equals("EFLOPS") ? n.movePointRight(3) : n;
                out.add(new ComputeResource(
                        (clause + m.group()).trim(),
                        "PFLOPS",
                        pflops.longValueExact(),
                        qualifier(clause, "", null, ""),
                        null,
                        false,
                        null,
                        null));
                continue;
            }
            Matcher pool = null;
            Matcher next = i + 1 < matches.size() ? matches.get(i + 1) : null;
            if (next != null
                    && next.pattern() == COMPUTE
                    && PART_OF.matcher(text.substring(m.end(), next.start())).matches()) {
                pool = m; // "2400张卡中的1200张A-100": the resource is the part, the next match
                m = next;
                floor = m.end();
                i++;
            }
            String words = (clause + text.substring(pool == null ? m.start() : pool.start(), m.end())).trim();
            String acc = m.group("acc");
            String accelerator =
                    acc.equals("卡") ? "card" : acc.startsWith("TPU v4") ? "TPU v4 pod" : acc.replace("-", "");
            String num = m.group("num");
            String deployment =
                    clause.contains("公有云") ? "PUBLIC_CLOUD" : clause.contains("私有云") ? "PRIVATE_CLOUD" : null;
            Matcher share = SHARED.matcher(clause);
            boolean shared = share.find();
            String sharedFrom = shared && pool != null ? (clause.substring(share.end()) + pool.group()).trim() : null;
            out.add(new ComputeResource(
                    words,
                    accelerator,
                    value(num),
                    qualifier(pool == null ? clause : "", num, m.group("more"), ""),
                    deployment,
                    shared,
                    sharedFrom,
                    pool == null ? null : value(pool.group("num"))));
        }
        return out;
    }

    /**
     * The parameter counts a SOTA parameters cell (or the part of it about one model) states, in order, each with its
     * own wording: "至少是5250billion" is AT_LEAST, "也有说法是100 Trillion" a reported ESTIMATE. Empty when it states
     * none.
     */
    public static List<ParameterClaim> parameters(String cell) {
        String text = Citations.withoutUrls(cell);
        Matcher m = PARAMETERS.matcher(text);
        List<ParameterClaim> out = new ArrayList<>();
        int floor = 0;
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group("num"));
            int shift = m.group("unit").startsWith("T") || m.group("unit").startsWith("t") ? 12 : 9;
            String clause = clauseBefore(text, m.start(), floor, CLAIM_END);
            floor = m.end();
            boolean reported = REPORTED.matcher(clause).find();
            Qualifier q = reported ? Qualifier.ESTIMATE : qualifier(clause, m.group("num"), null, "");
            out.add(new ParameterClaim(
                    (clause + m.group()).trim(), n.movePointRight(shift).longValueExact(), q, reported));
        }
        return out;
    }

    /** The words of the clause that ends where a number starts, not reaching back before {@code floor}. */
    private static String clauseBefore(String text, int start, int floor, Pattern clauseEnd) {
        int from = floor;
        Matcher e = clauseEnd.matcher(text).region(floor, start);
        while (e.find()) {
            from = e.end();
        }
        return text.substring(from, start);
    }

    /** The words from {@code from} to the end of their clause. */
    private static String clauseAfter(String text, int from) {
        Matcher e = CLAUSE_END.matcher(text).region(from, text.length());
        return text.substring(from, e.find() ? e.start() : text.length());
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
        if (before.endsWith("近") || before.endsWith("约") || suffix.equals("左右")) {
            return Qualifier.APPROXIMATE;
        }
        if (num.startsWith("数")
                || num.startsWith("几")
                || MAGNITUDE_WORD.matcher(num).matches()) {
            return Qualifier.MAGNITUDE; // 千卡, 百亿: an order of magnitude; 数千, 几十: no figure at all
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
