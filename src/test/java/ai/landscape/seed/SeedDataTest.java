package ai.landscape.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.organization.Organization;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed-data validates as a whole, and each kind of bad file is refused with file, row and reason. */
@QuarkusTest
class SeedDataTest {

    @Inject
    DatasetLoader loader;

    @Inject
    SeededCollections declared;

    private DatasetLoader.Records read(Path root) {
        return loader.read(loader.reader(SeedSource.directory(root)));
    }

    private String version(Path root) {
        return loader.reader(SeedSource.directory(root)).version();
    }

    @Test
    void theSeedDataValidatesWithTheCountsOfTheSeedTables() {
        DatasetLoader.Records records = read(SeedFiles.ROOT);
        Map<String, Long> counts = records.counts();
        assertEquals(23L, counts.get("organizations"));
        assertEquals(55L, counts.get("applications"));
        assertEquals(10L, counts.get("sotaModels"));
        assertEquals(9L, counts.get("takeaways"));
        assertEquals(5L, counts.get("sources"));
        assertEquals(modelEntries(), counts.get("models"));
        assertEquals(
                8,
                records.of(Organization.class).stream()
                        .filter(o -> o.region.equals("US"))
                        .count());
        assertEquals(
                15,
                records.of(Organization.class).stream()
                        .filter(o -> o.region.equals("CN"))
                        .count());
    }

    /**
     * The number of model entries in the two curation files and in corpus/models.yaml (the models only an essay
     * names), counted from the YAML itself.
     */
    private static long modelEntries() {
        long n = yaml("corpus/models.yaml").size();
        for (String file : List.of("us-players", "china-players")) {
            for (JsonNode org : yaml("curation/" + file + ".yaml")) {
                n += org.path("models").size();
            }
        }
        return n;
    }

    private static JsonNode yaml(String file) {
        try {
            return new YAMLMapper().readTree(SeedFiles.ROOT.resolve(file).toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyCuratedModelNameOrAliasOccursInEachOfItsRawCells() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String file : List.of("us-players", "china-players")) {
            List<String[]> table = SeedFiles.csv(file);
            List<String> header = List.of(table.get(0));
            for (JsonNode org : yaml("curation/" + file + ".yaml")) {
                String[] row = table.get(org.get("row").asInt());
                for (JsonNode model : org.path("models")) {
                    List<String> names =
                            new ArrayList<>(List.of(model.get("name").asText()));
                    model.path("aliases").forEach(a -> names.add(a.asText()));
                    for (JsonNode capability : model.get("capabilities")) {
                        String raw = row[header.indexOf(column(file, capability.asText()))];
                        checked++;
                        if (names.stream().noneMatch(raw::contains)) {
                            wrong.add(org.get("id").asText() + " " + names + " not in " + capability.asText() + " '"
                                    + raw + "'");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked > 231, "every (model, capability) pair was checked: " + checked);
    }

    /** The seed header of a capability's column, written out here independently of the code. */
    private static String column(String table, String capability) {
        Map<String, String> us = Map.of(
                "FOUNDATION",
                "大模型",
                "CROSS_MODAL",
                "跨模态",
                "TEXT",
                "文本",
                "IMAGE",
                "图像",
                "VIDEO_3D",
                "视频和3D",
                "CODE",
                "代码",
                "GAMING",
                "游戏",
                "BIOLOGY",
                "生物",
                "SPEECH",
                "语音");
        Map<String, String> cn = Map.of(
                "TEXT",
                "NLP",
                "IMAGE",
                "CV",
                "SPEECH",
                "语音",
                "CROSS_MODAL",
                "跨模态",
                "CODE",
                "代码",
                "BIOLOGY",
                "生物",
                "INDUSTRY",
                "行业大模型");
        return (table.equals("us-players") ? us : cn).get(capability);
    }

    @Test
    void eachCollectionIsLoadedAfterTheCollectionsItLinksTo() {
        List<String> order =
                loader.loadOrder().stream().map(SeededCollection::name).toList();
        assertEquals(declared.seeded().size(), order.size());
        for (SeededCollection c : loader.loadOrder()) {
            for (String before : c.loadedAfter()) {
                assertTrue(
                        order.indexOf(before) >= 0 && order.indexOf(before) < order.indexOf(c.name()),
                        c.name() + " after " + before + ": " + order);
            }
        }
        assertEquals("sources", order.get(0), "every table's rows reference their source document");
    }

    @Test
    void theVersionIsAContentHashThatChangesWithTheData() {
        Path copy = SeedFiles.copy();
        String before = version(copy);
        assertEquals(version(SeedFiles.ROOT), before);
        assertEquals(16, before.length());
        SeedFiles.replace(copy, "curation/takeaways.yaml", "id: gap-talent", "id: gap-talent-density");
        assertNotEquals(before, version(copy));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "curation/applications.yaml|organization: alibaba|organization: not-an-org|curation/applications.yaml row 33: organization 'not-an-org' does not exist",
                "tables/applications.csv|34,诗云科技,图生图|34,诗云科技,图生图片|tables/applications.csv row 34: direction '图生图片' has no category mapping",
                "tables/applications.csv|创作者＋电商＋2B品牌|创作者＋网红|tables/applications.csv row 33: segment '网红' has no code",
                "curation/us-players.yaml|name: Open AI|name: OpenAI Inc|curation/us-players.yaml row 1: name 'OpenAI Inc' is not the table's 'Open AI'",
                "curation/china-players.yaml|kind: COMPANY|kind: STARTUP|curation/china-players.yaml row 1: kind 'STARTUP' is not one of [COMPANY, RESEARCH_INSTITUTE, COMMUNITY, RESEARCH_TEAM]",
                "curation/us-players.yaml|- name: Whisper|- name: Whisperer|curation/us-players.yaml row 1: model 'Whisperer' (or an alias) does not occur in its SPEECH cell 'Whisper'",
                "curation/takeaways.yaml|topic: TALENT|topic: TEAM|curation/takeaways.yaml row 1: topic 'TEAM' is not a topic of GAP",
                "curation/sota-comparison.yaml|row: 10|row: 11|curation/sota-comparison.yaml row 11: names a row that the table does not have (1..10)",
                "tables/sota-comparison.csv|10,Nvida：Magic 3D|11,Nvida：Magic 3D|tables/sota-comparison.csv row 10: row column says '11', expected 10",
                "tables/takeaways.csv|row,Take away：|row,Takeaways|tables/takeaways.csv: header must be row,Take away：",
                "curation/applications.yaml|  id: mita|  id: Mita Writing|curation/applications.yaml row 1: id 'Mita Writing' is not a lower-case kebab-case slug",
                "curation/sota-comparison.yaml|model: google-palm|model: google-palm-2|curation/sota-comparison.yaml row 1: model link 'google-palm-2' is not a model id",
                "curation/us-players.yaml|- name: Alpha Code|- name: AlphaCode|curation/us-players.yaml row 3: model 'AlphaCode' is not written so in any seed document: the name is the seed's spelling, a correction goes to nameEn",
                "curation/china-players.yaml|'  nameEnOrigin: OFFICIAL'|'  nameEnOrigin: SEED'|curation/china-players.yaml row 1: nameEn 'Huawei' is not written in any seed document: its origin is TRANSLATION or OFFICIAL, not SEED",
                "curation/china-players.yaml|  nameEnTranslated: false|  nameEnTranslated: true|curation/china-players.yaml row 1: nameEn 'Huawei' is of origin OFFICIAL but nameEnTranslated is true (true exactly for TRANSLATION)",
                "curation/applications.yaml|'  nameEnOrigin: OFFICIAL'|'  nameEnOrigin: TRANSLATION'|curation/applications.yaml row 3: nameEn 'Langboat' is of origin TRANSLATION but nameEnTranslated is false (true exactly for TRANSLATION)",
                "sources.yaml|  publisherEnOrigin: OFFICIAL|  publisherEnOrigin: SEED|sources.yaml row 1: publisherEn 'Sequoia Capital' is not in the document 000_e4ffd1ca364a8d56.txt (an English name known outside it has the origin OFFICIAL)",
                "sources.yaml|  titleEnOrigin: SEED|  titleEnOrigin: null|sources.yaml row 1: titleEn 'Generative AI: A Creative New World' needs its titleEnOrigin (SEED, OFFICIAL or TRANSLATION)",
                "curation/applications.yaml|  organizationInferred: true|  organizationInferred: null|curation/applications.yaml row 18: organization 'baidu' needs organizationInferred: true when the seed does not state the link, false when it does",
                "curation/sota-comparison.yaml|（GPT4的一部分能力露出）\"|（GPT4的一部分能力露出）GPT 4至少是5250billion\"|curation/sota-comparison.yaml row 2: the models' parametersRaw hold 3 parameter counts, the 参数 cell states 2",
            })
    void aBadFileIsRefusedWithFileRowAndReason(String file, String from, String to, String message) {
        Path copy = SeedFiles.copy();
        SeedFiles.replace(copy, file, from, to);
        SeedException e = assertThrows(SeedException.class, () -> read(copy));
        assertTrue(e.problems().contains(message), e.problems().toString());
    }

    @Test
    void aMissingFileIsRefused() throws IOException {
        Path copy = SeedFiles.copy();
        java.nio.file.Files.delete(copy.resolve("curation/takeaways.yaml"));
        SeedException e = assertThrows(SeedException.class, () -> read(copy));
        assertTrue(
                e.problems().get(0).startsWith("curation/takeaways.yaml: missing in "),
                e.problems().toString());
    }

    @Test
    void aRowWithoutCurationIsRefused() {
        Path copy = SeedFiles.copy();
        SeedFiles.replace(copy, "curation/takeaways.yaml", "- row: 6\n", "- row: 60\n");
        SeedException e = assertThrows(SeedException.class, () -> read(copy));
        assertTrue(
                e.problems().contains("curation/takeaways.yaml row 6: table row has no curation"),
                e.problems().toString());
    }

    @Test
    void malformedYamlIsRefusedWithItsLine() {
        Path copy = SeedFiles.copy();
        SeedFiles.replace(copy, "curation/us-players.yaml", "  kind: COMPANY", "  kind: [COMPANY");
        SeedException e = assertThrows(SeedException.class, () -> read(copy));
        assertTrue(
                e.problems().get(0).matches("curation/us-players.yaml: line \\d+: .*"),
                e.problems().toString());
    }
}
