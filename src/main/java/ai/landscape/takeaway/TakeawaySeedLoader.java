package ai.landscape.takeaway;

import ai.landscape.common.Provenance;
import ai.landscape.seed.Curated;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.Names;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeedReader;
import ai.landscape.seed.Seeds;
import ai.landscape.seed.TableRow;
import ai.landscape.vocabulary.TakeawayKind;
import ai.landscape.vocabulary.TakeawayTopic;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads the take-away table: the gap findings and, after the heading row, what China needs. */
public final class TakeawaySeedLoader {

    public record TakeawayCuration(int row, String id, String kind, String topic, String textEn, Boolean heading)
            implements Curated {}

    public static final String TABLE = "takeaways";
    private static final String COLUMN = "Take away：";

    /** Reads the take-away table (and its curation). */
    public static final SeedLoader LOADER = SeedLoader.tables(TakeawaySeedLoader::load, TABLE);

    private TakeawaySeedLoader() {}

    public static void load(SeedReader reader, LoadedRecords records) {
        String file = SeedReader.curationFile(TABLE);
        List<TableRow> rows = reader.table(TABLE, List.of(COLUMN));
        Map<Integer, TakeawayCuration> curation =
                reader.curation(TABLE, new TypeReference<List<TakeawayCuration>>() {}, rows.size());
        Set<String> ids = new HashSet<>();
        for (TableRow row : rows) {
            TakeawayCuration c = curation.get(row.row());
            if (c == null || Boolean.TRUE.equals(c.heading())) {
                continue;
            }
            reader.checkId(file, row.row(), c.id(), ids);
            TakeawayKind kind = Names.code(TakeawayKind.class, c.kind());
            TakeawayTopic topic = Names.code(TakeawayTopic.class, c.topic());
            if (kind == null) {
                reader.problem(file, row.row(), "kind '" + c.kind() + "' is not GAP or NEED");
            } else if (topic == null || !topic.allows(kind)) {
                reader.problem(file, row.row(), "topic '" + c.topic() + "' is not a topic of " + kind);
            }
            Takeaway t = new Takeaway();
            t.id = c.id();
            t.kind = c.kind();
            t.topic = c.topic();
            t.text = row.cell(COLUMN);
            t.textEn = reader.required(file, row.row(), "textEn", c.textEn());
            t.provenance = new Provenance(Seeds.REPORT, TABLE, row.row());
            records.add(t);
        }
    }
}
