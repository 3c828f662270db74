package ai.landscape.source;

import ai.landscape.common.SearchText;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.Names;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeedReader;
import ai.landscape.seed.Seeds;
import ai.landscape.vocabulary.NameOrigin;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads the catalogue of seed documents; an entry of sources.yaml has the fields of {@link SourceDto}. Every field is
 * checked to occur verbatim in the document, but an English title or publisher whose origin is OFFICIAL or
 * TRANSLATION.
 */
public final class SourceSeedLoader {

    public static final String FILE = "sources.yaml";

    /** The seed documents themselves: the catalogue's {@code file}s, whose text prose records quote. */
    static final List<String> DOCUMENTS = List.of(
            "000_e4ffd1ca364a8d56.txt",
            "001_ec6f57f18c71af4e.txt",
            "002_2f47759ab0307d1f.txt",
            "003_cdb5927410fbb274.txt",
            "004_c32df2c26227c770.txt");

    /** Reads the catalogue of seed documents and their texts. */
    public static final SeedLoader LOADER = SeedLoader.files(
            SourceSeedLoader::load,
            Stream.concat(Stream.of(FILE), DOCUMENTS.stream().map(SourceSeedLoader::document))
                    .toArray(String[]::new));

    private SourceSeedLoader() {}

    /** The origin of an English field: required (a NameOrigin code) when the field is given, null when it is not. */
    private static String origin(SeedReader reader, int entry, String field, String value, String origin) {
        if (value != null && origin == null) {
            reader.problem(
                    FILE,
                    entry,
                    field + " '" + value + "' needs its " + field + "Origin (SEED, OFFICIAL or TRANSLATION)");
        } else if (value == null && origin != null) {
            reader.problem(FILE, entry, field + "Origin is given, but no " + field);
        } else if (origin != null && Names.code(NameOrigin.class, origin) == null) {
            reader.problem(
                    FILE, entry, field + "Origin '" + origin + "' is not one of " + List.of(NameOrigin.values()));
        }
        return value == null ? null : origin;
    }

    static String document(String file) {
        return SeedReader.DOCUMENTS + file;
    }

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
            s.titleEnOrigin = origin(reader, n, "titleEn", s.titleEn, e.titleEnOrigin());
            s.publisher = e.publisher();
            s.publisherEn = e.publisherEn();
            s.publisherEnOrigin = origin(reader, n, "publisherEn", s.publisherEn, e.publisherEnOrigin());
            s.channel = e.channel();
            s.url = e.url();
            s.documentUrl = e.documentUrl();
            s.published = e.date();
            if (s.published != null && !s.published.matches("\\d{4}-\\d{2}-\\d{2}")) {
                reader.problem(FILE, n, "date '" + s.published + "' is not YYYY-MM-DD");
            }
            s.searchText = SearchText.of(Stream.of(s.title, s.titleEn));
            records.add(s);
            if (s.file != null && !DOCUMENTS.contains(s.file)) {
                reader.problem(FILE, n, "file '" + s.file + "' is not one of the documents " + DOCUMENTS);
            } else if (s.file != null) {
                String text = reader.text(document(s.file));
                records.add(new SourceText(s.id, text));
                Map<String, String> read = new LinkedHashMap<>();
                read.put("title", s.title);
                read.put("titleEn", NameOrigin.SEED.name().equals(s.titleEnOrigin) ? s.titleEn : null);
                read.put("publisher", s.publisher);
                read.put("publisherEn", NameOrigin.SEED.name().equals(s.publisherEnOrigin) ? s.publisherEn : null);
                read.put("channel", s.channel);
                read.put("url", s.url);
                read.put("documentUrl", s.documentUrl);
                read.put("date", s.published);
                int entry = n;
                read.forEach((field, value) -> {
                    if (text != null && value != null && !text.contains(value)) {
                        reader.problem(
                                FILE,
                                entry,
                                field + " '" + value + "' is not in the document " + s.file
                                        + " (an English name known outside it has the origin OFFICIAL)");
                    }
                });
            }
        }
        if (records.of(Source.class).stream().noneMatch(s -> s.id.equals(Seeds.REPORT))) {
            reader.problem(FILE, 0, "the source '" + Seeds.REPORT + "' of the tables is missing");
        }
    }
}
