package ai.landscape.seed;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Test access to the repository's seed-data folder and to scratch copies of it. */
public final class SeedFiles {

    public static final Path ROOT = Path.of("seed-data");

    private SeedFiles() {}

    /** The rows of a transcribed table, header first, read with a plain CSV parser. */
    public static List<String[]> csv(String table) {
        try (MappingIterator<String[]> it = CsvMapper.builder()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .build()
                .readerFor(String[].class)
                .readValues(ROOT.resolve("tables/" + table + ".csv").toFile())) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The problems that refuse the load of a scratch copy of seed-data in which the first {@code from} of a file is
     * replaced by {@code to}; fails when the copy loads.
     */
    public static List<String> problemsAfter(DatasetLoader loader, String file, String from, String to) {
        Path copy = copy();
        replace(copy, file, from, to);
        return org.junit.jupiter.api.Assertions.assertThrows(
                        SeedException.class, () -> loader.read(loader.reader(SeedSource.directory(copy))))
                .problems();
    }

    /** A scratch copy of seed-data that a test may change. */
    public static Path copy() {
        try {
            Path target = Files.createTempDirectory("seed-data");
            try (Stream<Path> files = Files.walk(ROOT)) {
                for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                    Path to = target.resolve(ROOT.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file of a scratch copy. */
    public static void replace(Path root, String file, String from, String to) {
        try {
            Path p = root.resolve(file);
            String text = Files.readString(p);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " has no '" + from + "'");
            }
            Files.writeString(
                    p,
                    text.replaceFirst(
                            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces every occurrence of {@code from} in a file of a scratch copy; returns how many. */
    public static int replaceAll(Path root, String file, String from, String to) {
        try {
            Path p = root.resolve(file);
            String text = Files.readString(p);
            int n = text.split(java.util.regex.Pattern.quote(from), -1).length - 1;
            Files.writeString(p, text.replace(from, to));
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every column of a table's rows, by header name. */
    public static List<String> column(String table, String header) {
        List<String[]> rows = csv(table);
        int index = List.of(rows.get(0)).indexOf(header);
        List<String> out = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            out.add(row[index]);
        }
        return out;
    }
}
