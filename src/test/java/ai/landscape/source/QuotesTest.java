package ai.landscape.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.landscape.common.Citation;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.SeedReader;
import ai.landscape.seed.SeedSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check of prose citations against the documents' texts, on a small document of its own. */
class QuotesTest {

    private static final String TEXT = "标题\n第一段。\n## 模型\n文本模型：写作。\n图像模型：绘画。\n";

    private final SeedReader reader = new SeedReader(
            new SeedSource() {
                @Override
                public byte[] read(String path) {
                    return null;
                }

                @Override
                public String describe() {
                    return "nothing";
                }
            },
            List.of());

    private Quotes quotes() {
        LoadedRecords records = new LoadedRecords();
        records.add(new SourceText("doc", TEXT));
        return Quotes.of(records);
    }

    @Test
    void aVerbatimQuoteUnderItsHeadingGetsItsLine() {
        List<Citation> checked =
                quotes().check(reader, "corpus/x.yaml", 1, List.of(new Citation("doc", "## 模型", "图像模型：绘画。", null)));
        assertEquals(List.of(new Citation("doc", "## 模型", "图像模型：绘画。", 5)), checked);
        assertEquals(List.of(), reader.problems());
    }

    @Test
    void whatDoesNotOccurIsReportedWithFileAndEntry() {
        List<Citation> checked = quotes().check(
                        reader,
                        "corpus/x.yaml",
                        3,
                        List.of(
                                new Citation("doc", "## 模型", "图像模型:绘画。", null), // half-width colon: not verbatim
                                new Citation("doc", "## 模型", "第一段。", null), // the heading comes after it
                                new Citation("other", "## 模型", "文本模型：写作。", null),
                                new Citation("doc", null, "文本模型：写作。", null)));
        assertEquals(List.of(), checked);
        assertEquals(
                List.of(
                        "corpus/x.yaml row 3: quote '图像模型:绘画。' does not occur verbatim in doc",
                        "corpus/x.yaml row 3: section '## 模型' is not written before the quote in doc",
                        "corpus/x.yaml row 3: source 'other' is not a seed document",
                        "corpus/x.yaml row 3: the citation of doc names no section"),
                reader.problems());
    }

    @Test
    void aRecordCitingNothingIsReported() {
        quotes().check(reader, "corpus/x.yaml", 2, List.of());
        assertEquals(List.of("corpus/x.yaml row 2: cites no sentence of a seed document"), reader.problems());
    }
}
