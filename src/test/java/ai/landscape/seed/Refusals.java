package ai.landscape.seed;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

/** Bad seed-data on purpose: a scratch copy with one change, which the loaders must refuse. */
public final class Refusals {

    private Refusals() {}

    /**
     * The problems that refuse a scratch copy of seed-data in which the first {@code from} of {@code file} is replaced
     * by {@code to}; fails when the copy loads.
     */
    public static List<String> problems(DatasetLoader loader, String file, String from, String to) {
        Path copy = SeedFiles.copy();
        SeedFiles.replace(copy, file, from, to);
        return assertThrows(SeedException.class, () -> loader.read(loader.reader(SeedSource.directory(copy))))
                .problems();
    }
}
