package ai.landscape.thesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.metric.Metric;
import ai.landscape.seed.DatasetLoader;
import ai.landscape.seed.SeedException;
import ai.landscape.seed.SeedFiles;
import ai.landscape.seed.SeedSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The theses' and metrics' curation validates, and a bad entry of either file refuses the whole load with file, entry
 * and reason. Entries are numbered from 1 in file order (theses: 2 is bottleneck-is-on-the-supply-side, 6
 * generative-ai-is-a-thing, 7 the-first-killer-apps-have-arrived; metrics: 18 chatgpt-time-to-100m-users, 25
 * top-consumer-companies-dau-mau, 26 whatsapp-dau-mau).
 */
@QuarkusTest
class CorpusSeedDataTest {

    @Inject
    DatasetLoader loader;

    private DatasetLoader.Records read(Path root) {
        return loader.read(loader.reader(SeedSource.directory(root)));
    }

    @Test
    void theCurationValidatesAndEachThesisListsTheMetricsThatNameIt() {
        DatasetLoader.Records records = read(SeedFiles.ROOT);
        Map<String, Long> counts = records.counts();
        assertEquals(11L, counts.get("theses"));
        assertEquals(33L, counts.get("metrics"));
        for (Thesis t : records.of(Thesis.class)) {
            assertEquals(
                    t.metrics.stream().sorted().toList(),
                    records.of(Metric.class).stream()
                            .filter(m -> t.id.equals(m.thesisId))
                            .map(m -> m.id)
                            .sorted()
                            .toList(),
                    t.id);
        }
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "corpus/theses.yaml|organizations: [nvidia]|organizations: [nvida]|corpus/theses.yaml row 2: organization 'nvida' does not exist",
                "corpus/theses.yaml|models: [openai-chatgpt]|models: [openai-gpt-5]|corpus/theses.yaml row 7: model 'openai-gpt-5' does not exist",
                "corpus/theses.yaml|companies: [eleven-labs, runway]|companies: [elevenlabs, runway]|corpus/theses.yaml row 1: company 'elevenlabs' does not exist",
                "corpus/theses.yaml|'  verdict: RIGHT'|'  verdict: CORRECT'|corpus/theses.yaml row 6: verdict 'CORRECT' is not RIGHT or WRONG",
                "corpus/theses.yaml|title: 瓶颈在供应端。|title: 瓶颈在需求端。|corpus/theses.yaml row 2: title '瓶颈在需求端。' is neither in a section nor in a quote",
                "corpus/theses.yaml|    - midjourney-revenue|    - midjourney-income|corpus/theses.yaml row 7: metric 'midjourney-income' is not an entry of corpus/metrics.yaml",
                "corpus/theses.yaml|  ordinal: 2|  ordinal: 1|corpus/theses.yaml row 2: ordinal 1 is used twice in the list '以下是我们预测错的：'",
                "corpus/theses.yaml|section: 5、一个模型统治所有？|section: 6、一个模型统治所有？|corpus/theses.yaml row 11: section '6、一个模型统治所有？' is not written before the quote in act-o1-2024",
                "corpus/metrics.yaml|valueRaw: 6周|valueRaw: 六周|corpus/metrics.yaml row 18: valueRaw '六周' is not in the quote of act-two-2023 line 109",
                "corpus/metrics.yaml|subjectModel: openai-chatgpt|subjectModel: openai-chat-gpt|corpus/metrics.yaml row 18: model 'openai-chat-gpt' does not exist",
                "corpus/metrics.yaml|subjectCompany: github-copilot|subjectCompany: copilot|corpus/metrics.yaml row 5: company 'copilot' does not exist",
                "corpus/metrics.yaml|subjectOrganization: meta|subjectOrganization: facebook|corpus/metrics.yaml row 22: organization 'facebook' does not exist",
                "corpus/metrics.yaml|value: 85|value: 58|corpus/metrics.yaml row 26: '85' of valueRaw is not its value, low or high",
                "corpus/metrics.yaml|  low: 60|  value: 60|corpus/metrics.yaml row 25: qualifier RANGE wants low < high and no value",
                "corpus/metrics.yaml|measure: DAU_MAU_RATIO|measure: STICKINESS|corpus/metrics.yaml row 25: measure 'STICKINESS' is not a code of Measure",
                "corpus/metrics.yaml|subject: ChatGPT|subject: ChatGPT Plus|corpus/metrics.yaml row 18: subject 'ChatGPT Plus' is in none of its quotes",
                "corpus/metrics.yaml|period: 自从上次开发者大会以来|period: 自从去年以来|corpus/metrics.yaml row 29: period '自从去年以来' is in none of its quotes",
            })
    void aBadEntryIsRefusedWithFileEntryAndReason(String file, String from, String to, String message) {
        Path copy = SeedFiles.copy();
        SeedFiles.replace(copy, file, from, to);
        SeedException e = assertThrows(SeedException.class, () -> read(copy));
        assertTrue(e.problems().contains(message), e.problems().toString());
    }

    @Test
    void aQuoteThatIsNotInItsDocumentIsRefused() {
        Path copy = SeedFiles.copy();
        SeedFiles.replace(copy, "corpus/metrics.yaml", "quote: 1亿美元的种子轮又回来了。", "quote: 1亿美元的种子轮回来了。");
        SeedException e = assertThrows(SeedException.class, () -> read(copy));
        assertTrue(
                e.problems()
                        .contains(
                                "corpus/metrics.yaml row 11: quote '1亿美元的种子轮回来了。' does not occur verbatim in act-two-2023"),
                e.problems().toString());
    }

    @Test
    void aMetricListedByAThesisWhoseTextDoesNotStateItIsRefused() {
        Path copy = SeedFiles.copy();
        SeedFiles.replace(copy, "corpus/theses.yaml", "  metrics: []\n", "  metrics: [seed-round-size]\n");
        SeedException e = assertThrows(SeedException.class, () -> read(copy));
        assertTrue(
                e.problems()
                        .contains(
                                "corpus/metrics.yaml row 11: none of its quotes is in the text or provenance of its thesis bottleneck-is-on-the-supply-side"),
                e.problems().toString());
    }
}
