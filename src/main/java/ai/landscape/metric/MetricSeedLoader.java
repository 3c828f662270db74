package ai.landscape.metric;

import ai.landscape.common.Citation;
import ai.landscape.common.Qualifier;
import ai.landscape.company.Company;
import ai.landscape.model.Model;
import ai.landscape.organization.Organization;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.Names;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeedReader;
import ai.landscape.source.Quotes;
import ai.landscape.thesis.Thesis;
import ai.landscape.thesis.ThesisSeedLoader;
import ai.landscape.vocabulary.Unit;
import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads the figures of {@code corpus/metrics.yaml}. A figure's thesis is the one whose {@code metrics} list it (the
 * theses load first); this loader also checks those lists.
 */
public final class MetricSeedLoader {

    /** An entry of the file; omitted optional fields are null. */
    public record MetricEntry(
            String id,
            String subject,
            String subjectOrganization,
            String subjectModel,
            String subjectCompany,
            String measure,
            String valueRaw,
            BigDecimal value,
            BigDecimal low,
            BigDecimal high,
            String unit,
            String qualifier,
            String period,
            List<Citation> provenance) {}

    public static final String FILE = "corpus/metrics.yaml";

    /** Reads the figures; the organizations, models and theses they link to are loaded before. */
    public static final SeedLoader LOADER = SeedLoader.files(MetricSeedLoader::load, FILE);

    /** A number written in Arabic numerals, with the 万 or 亿 that multiplies it. */
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)([万亿]?)");

    private MetricSeedLoader() {}

    public static void load(SeedReader reader, LoadedRecords records) {
        Quotes quotes = Quotes.of(records);
        Set<String> organizations =
                records.of(Organization.class).stream().map(o -> o.id).collect(Collectors.toSet());
        Set<String> models = records.of(Model.class).stream().map(m -> m.id).collect(Collectors.toSet());
        Set<String> companies =
                records.of(Company.class).stream().map(c -> c.id).collect(Collectors.toSet());
        Map<String, Thesis> theses = thesesByMetric(reader, records.of(Thesis.class));
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (MetricEntry e : reader.list(FILE, new TypeReference<List<MetricEntry>>() {})) {
            n++;
            reader.checkId(FILE, n, e.id(), ids);
            Metric m = new Metric();
            m.id = e.id();
            m.provenance = quotes.check(reader, FILE, n, e.provenance());
            m.sources = Quotes.sources(m.provenance);
            m.subject = reader.required(FILE, n, "subject", e.subject());
            m.subjectOrganization = e.subjectOrganization();
            m.subjectModel = e.subjectModel();
            m.subjectCompany = e.subjectCompany();
            checkSubject(reader, n, m, organizations, models, companies);
            m.measure = code(reader, n, "measure", Measure.class, e.measure());
            m.unit = code(reader, n, "unit", Unit.class, e.unit());
            m.qualifier = code(reader, n, "qualifier", Qualifier.class, e.qualifier());
            m.valueRaw = reader.required(FILE, n, "valueRaw", e.valueRaw());
            m.value = e.value();
            m.low = e.low();
            m.high = e.high();
            m.period = e.period();
            checkWords(reader, n, m);
            checkNumbers(reader, n, m);
            Thesis thesis = theses.get(m.id);
            m.thesisId = thesis == null ? null : thesis.id;
            if (thesis != null && !statedIn(m, thesis)) {
                reader.problem(FILE, n, "none of its quotes is in the text or provenance of its thesis " + thesis.id);
            }
            records.add(m);
        }
        List<Thesis> listed = records.of(Thesis.class);
        for (int i = 0; i < listed.size(); i++) {
            for (String metric : listed.get(i).metrics) {
                if (!ids.contains(metric)) {
                    reader.problem(ThesisSeedLoader.FILE, i + 1, "metric '" + metric + "' is not an entry of " + FILE);
                }
            }
        }
    }

    /** The thesis of each metric id the theses list; a metric listed twice is reported against its second thesis. */
    private static Map<String, Thesis> thesesByMetric(SeedReader reader, List<Thesis> theses) {
        Map<String, Thesis> byMetric = new HashMap<>();
        for (int i = 0; i < theses.size(); i++) {
            Thesis t = theses.get(i);
            for (String metric : t.metrics) {
                Thesis before = byMetric.putIfAbsent(metric, t);
                if (before != null) {
                    reader.problem(
                            ThesisSeedLoader.FILE, i + 1, "metric '" + metric + "' is listed by " + before.id + " too");
                }
            }
        }
        return byMetric;
    }

    private static <E extends Enum<E>> String code(
            SeedReader reader, int entry, String field, Class<E> type, String code) {
        if (Names.code(type, code) == null) {
            reader.problem(FILE, entry, field + " '" + code + "' is not a code of " + type.getSimpleName());
        }
        return code;
    }

    /** At most one link; an organization or model link names a record; the subject is written in a quote. */
    private static void checkSubject(
            SeedReader reader,
            int entry,
            Metric m,
            Set<String> organizations,
            Set<String> models,
            Set<String> companies) {
        if (Stream.of(m.subjectOrganization, m.subjectModel, m.subjectCompany)
                        .filter(Objects::nonNull)
                        .count()
                > 1) {
            reader.problem(FILE, entry, "the subject links to more than one record");
        }
        reader.checkLinks(
                FILE,
                entry,
                "organization",
                Stream.ofNullable(m.subjectOrganization).toList(),
                organizations);
        reader.checkLinks(
                FILE, entry, "model", Stream.ofNullable(m.subjectModel).toList(), models);
        reader.checkLinks(
                FILE, entry, "company", Stream.ofNullable(m.subjectCompany).toList(), companies);
        if (m.subject != null && m.provenance.stream().noneMatch(c -> c.quote().contains(m.subject))) {
            reader.problem(FILE, entry, "subject '" + m.subject + "' is in none of its quotes");
        }
    }

    /** The words of the figure are in every quote; the words of its period in one. */
    private static void checkWords(SeedReader reader, int entry, Metric m) {
        for (Citation c : m.provenance) {
            if (m.valueRaw != null && !c.quote().contains(m.valueRaw)) {
                reader.problem(
                        FILE,
                        entry,
                        "valueRaw '" + m.valueRaw + "' is not in the quote of " + c.source() + " line " + c.line());
            }
        }
        if (m.period != null && m.provenance.stream().noneMatch(c -> c.quote().contains(m.period))) {
            reader.problem(FILE, entry, "period '" + m.period + "' is in none of its quotes");
        }
    }

    /**
     * The numbers agree with the qualifier (one value; low and high for a range; none for a magnitude word) and with
     * the Arabic numerals of valueRaw: each of those, times its 万 or 亿, is the value, the low or the high.
     */
    private static void checkNumbers(SeedReader reader, int entry, Metric m) {
        Qualifier q = Names.code(Qualifier.class, m.qualifier);
        if (q == null || m.valueRaw == null) {
            return;
        }
        boolean one = m.value != null && m.low == null && m.high == null;
        boolean range = m.value == null && m.low != null && m.high != null && m.low.compareTo(m.high) < 0;
        boolean none = m.value == null && m.low == null && m.high == null;
        String wanted = switch (q) {
            case RANGE -> range ? null : "low < high and no value";
            case MAGNITUDE, NOT_STATED -> none ? null : "no value, low or high";
            default -> one ? null : "a value and no low or high";
        };
        if (wanted != null) {
            reader.problem(FILE, entry, "qualifier " + q + " wants " + wanted);
        }
        Matcher number = NUMBER.matcher(m.valueRaw);
        while (number.find()) {
            BigDecimal written = new BigDecimal(number.group(1))
                    .scaleByPowerOfTen(
                            number.group(2).equals("亿") ? 8 : number.group(2).equals("万") ? 4 : 0);
            if (Stream.of(m.value, m.low, m.high).noneMatch(v -> v != null && v.compareTo(written) == 0)) {
                reader.problem(FILE, entry, "'" + number.group() + "' of valueRaw is not its value, low or high");
            }
        }
    }

    /** Whether a quote of the metric is written in a citation of the thesis (the same document). */
    private static boolean statedIn(Metric m, Thesis t) {
        return m.provenance.stream()
                .anyMatch(c -> t.provenance.stream()
                        .anyMatch(tc ->
                                tc.source().equals(c.source()) && tc.quote().contains(c.quote())));
    }
}
