package ai.landscape.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * How a collection's records are read from seed-data: the files its loader reads (they make up the dataset version)
 * and the loader, which validates what it reads into the {@link SeedReader}'s problems and adds its records.
 *
 * @param files the files, relative to the seed-data root
 * @param load reads the files and adds the records
 */
public record SeedLoader(List<String> files, Load load) {

    /** Reads, validates and adds records; it may read the records that collections loaded before it added. */
    @FunctionalInterface
    public interface Load {
        void load(SeedReader reader, LoadedRecords records);
    }

    /** A loader of transcribed tables: {@code tables/<table>.csv} and {@code curation/<table>.yaml} for each. */
    public static SeedLoader tables(Load load, String... tables) {
        List<String> files = new ArrayList<>();
        for (String table : tables) {
            files.add(SeedReader.tableFile(table));
            files.add(SeedReader.curationFile(table));
        }
        return new SeedLoader(List.copyOf(files), load);
    }

    /** A loader of other files. */
    public static SeedLoader files(Load load, String... files) {
        return new SeedLoader(List.of(files), load);
    }
}
