package ai.landscape.source;

import ai.landscape.common.SearchText;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeedReader;
import ai.landscape.seed.Seeds;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Loads the catalogue of seed documents; an entry of sources.yaml has the fields of {@link SourceDto}. */
public final class SourceSeedLoader {

    public static final String FILE = "sources.yaml";

    /** Reads the catalogue of seed documents. */
    public static final SeedLoader LOADER = SeedLoader.files(SourceSeedLoader::load, FILE);

    private SourceSeedLoader() {}

    /** Loads the seed documents; the tables' document must be among them. */
    public static void load(SeedReader reader, LoadedRecords records) {
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (SourceDto e : reader.list(FILE, new TypeReference<List<SourceDto>>() {})) {
            n++;
            reader.checkId(FILE, n, e.id(), ids);
            Source s = new Source();
            s.id = e.id();
            s.file = reader.required(FILE, n, "file", e.file());
            s.work = reader.required(FILE, n, "work", e.work());
            s.title = reader.required(FILE, n, "title", e.title());
            s.titleEn = e.titleEn();
            s.publisher = e.publisher();
            s.publisherEn = e.publisherEn();
            s.channel = e.channel();
            s.url = e.url();
            s.documentUrl = e.documentUrl();
            s.published = e.date();
            if (s.published != null && !s.published.matches("\\d{4}-\\d{2}-\\d{2}")) {
                reader.problem(FILE, n, "date '" + s.published + "' is not YYYY-MM-DD");
            }
            s.searchText = SearchText.of(Stream.of(s.title, s.titleEn));
            records.add(s);
        }
        if (records.of(Source.class).stream().noneMatch(s -> s.id.equals(Seeds.REPORT))) {
            reader.problem(FILE, 0, "the source '" + Seeds.REPORT + "' of the tables is missing");
        }
    }
}
