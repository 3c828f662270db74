package ai.landscape.seed;

import ai.landscape.common.Hashing;
import ai.landscape.common.Ids;
import ai.landscape.common.NamedRecord;
import ai.landscape.common.Provenance;
import ai.landscape.vocabulary.NameOrigin;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the seed-data files of one load and collects what is wrong with them. Nothing is written
 * anywhere: the loaders build entities from what this reads, and the load goes on only when
 * {@link #problems()} is empty.
 */
public class SeedReader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final List<String> names;
    private final Map<String, byte[]> files = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private List<String> documents;

    /** Reads the files of a dataset (relative to the seed-data root); a missing file is a problem. */
    public SeedReader(SeedSource source, List<String> paths) {
        this.names = paths.stream().sorted().distinct().toList();
        for (String file : names) {
            byte[] bytes = source.read(file);
            if (bytes == null) {
                problems.add(file + ": missing in " + source.describe());
            } else {
                this.files.put(file, bytes);
            }
        }
    }

    /**
     * The dataset version: the first 16 hex digits of SHA-256 over every file's path and bytes, in path order (a
     * missing file counts as empty).
     */
    public String version() {
        List<byte[]> parts = new ArrayList<>();
        for (String file : names) {
            parts.add(file.getBytes(StandardCharsets.UTF_8));
            parts.add(files.getOrDefault(file, new byte[0]));
        }
        return Hashing.hex(16, parts.toArray(byte[][]::new));
    }

    public List<String> problems() {
        return problems;
    }

    /** Records a problem of a file, at a row when {@code row > 0}. */
    public void problem(String file, int row, String reason) {
        problems.add(file + (row > 0 ? " row " + row : "") + ": " + reason);
    }

    /** Records a problem when a required value is missing; returns the value. */
    public String required(String file, int row, String field, String value) {
        if (value == null || value.isBlank()) {
            problem(file, row, field + " is missing");
        }
        return value;
    }

    /** Records a problem unless the id is a lower-case kebab-case slug unique among {@code seen}. */
    public void checkId(String file, int row, String id, Set<String> seen) {
        if (id == null || !Ids.isId(id)) {
            problem(file, row, "id '" + id + "' is not a lower-case kebab-case slug");
        } else if (!seen.add(id)) {
            problem(file, row, "id '" + id + "' is used twice");
        }
    }

    /**
     * Records a problem for each linked id that is not among {@code known}, the ids of the collection linked to (loaded
     * before); returns the ids, none when {@code ids} is null.
     */
    public List<String> checkLinks(String file, int row, String noun, Collection<String> ids, Set<String> known) {
        List<String> links = ids == null ? List.of() : List.copyOf(ids);
        links.stream()
                .filter(id -> !known.contains(id))
                .forEach(id -> problem(file, row, noun + " '" + id + "' does not exist"));
        return links;
    }

    /** The rows of {@code tables/<name>.csv}, whose header must be {@code row} then {@code header}. */
    public List<TableRow> table(String name, List<String> header) {
        String file = tableFile(name);
        byte[] bytes = files.get(file);
        List<TableRow> rows = new ArrayList<>();
        if (bytes == null) {
            return rows;
        }
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(bytes)) {
            List<String> expected = new ArrayList<>();
            expected.add("row");
            expected.addAll(header);
            if (!it.hasNext() || !List.of(it.next()).equals(expected)) {
                problem(file, 0, "header must be " + String.join(",", expected));
                return rows;
            }
            while (it.hasNext()) {
                String[] line = it.next();
                int number = rows.size() + 1;
                if (line.length != expected.size()) {
                    problem(file, number, "has " + line.length + " cells, the header has " + expected.size());
                    continue;
                }
                if (!line[0].equals(String.valueOf(number))) {
                    problem(file, number, "row column says '" + line[0] + "', expected " + number);
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), line[i + 1]);
                }
                rows.add(new TableRow(number, cells));
            }
        } catch (IOException | RuntimeException e) {
            problem(file, 0, "not valid CSV: " + e.getMessage());
        }
        return rows;
    }

    /**
     * The entries of {@code curation/<name>.yaml}, by row; every table row needs exactly one entry
     * and every entry a table row.
     */
    public <T extends Curated> Map<Integer, T> curation(String name, TypeReference<List<T>> type, int tableRows) {
        String file = curationFile(name);
        Map<Integer, T> byRow = new LinkedHashMap<>();
        byte[] bytes = files.get(file);
        if (bytes == null) {
            return byRow;
        }
        List<T> entries;
        try {
            entries = YAML.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            problem(file, 0, "line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
            return byRow;
        } catch (IOException e) {
            problem(file, 0, e.getMessage());
            return byRow;
        }
        if (entries == null) {
            entries = List.of();
        }
        for (T entry : entries) {
            if (entry.row() < 1 || entry.row() > tableRows) {
                problem(file, entry.row(), "names a row that the table does not have (1.." + tableRows + ")");
            } else if (byRow.put(entry.row(), entry) != null) {
                problem(file, entry.row(), "curated twice");
            }
        }
        for (int row = 1; row <= tableRows; row++) {
            if (!byRow.containsKey(row)) {
                problem(file, row, "table row has no curation");
            }
        }
        return byRow;
    }

    /**
     * The rows of {@code tables/<table>.csv} paired with their entries of {@code
     * curation/<table>.yaml}; a row without an entry is left out (and reported).
     */
    public <C extends Curated> List<CuratedRow<C>> curatedRows(
            String table, List<String> header, TypeReference<List<C>> type) {
        List<TableRow> rows = table(table, header);
        Map<Integer, C> curation = curation(table, type, rows.size());
        List<CuratedRow<C>> out = new ArrayList<>();
        for (TableRow row : rows) {
            C entry = curation.get(row.row());
            if (entry != null) {
                out.add(new CuratedRow<>(row, entry));
            }
        }
        return out;
    }

    /**
     * Fills the id, names and provenance of a record of table 004 from its curation entry, checking
     * that the id is a new slug and that the curated name is {@code name}, the name the table writes.
     */
    public <R extends NamedRecord> R named(
            R record, String table, int row, CuratedRecord c, String name, Set<String> ids) {
        String file = curationFile(table);
        checkId(file, row, c.id(), ids);
        record.id = c.id();
        record.name = name;
        if (!name.equals(c.name())) {
            problem(file, row, "name '" + c.name() + "' is not the table's '" + name + "'");
        }
        record.nameEn = required(file, row, "nameEn", c.nameEn());
        record.nameEnTranslated = c.nameEnTranslated();
        NameOrigin origin = nameOrigin(file, row, "nameEn", record.nameEn, c.nameEnTranslated(), c.nameEnOrigin());
        record.nameEnOrigin = origin == null ? null : origin.name();
        record.nameZh = c.nameZh();
        record.provenance = new Provenance(Seeds.REPORT, table, row);
        return record;
    }

    /**
     * Where an English name (or title) comes from: {@code origin} (a NameOrigin code), or when it is null, TRANSLATION
     * for a translated name and SEED otherwise. A translated name must be of origin TRANSLATION and the other way
     * round; a name of origin SEED must be written in one of the seed documents. Returns null (and records a
     * problem) when the origin is not a code.
     */
    public NameOrigin nameOrigin(String file, int row, String field, String value, boolean translated, String origin) {
        NameOrigin o = origin == null
                ? (translated ? NameOrigin.TRANSLATION : NameOrigin.SEED)
                : Names.code(NameOrigin.class, origin);
        if (o == null) {
            problem(file, row, field + "Origin '" + origin + "' is not one of " + List.of(NameOrigin.values()));
        } else if (translated != (o == NameOrigin.TRANSLATION)) {
            problem(
                    file,
                    row,
                    field + " '" + value + "' is of origin " + o + " but " + field + "Translated is " + translated
                            + " (true exactly for TRANSLATION)");
        } else if (o == NameOrigin.SEED && value != null && !inDocuments(value)) {
            problem(
                    file,
                    row,
                    field + " '" + value + "' is not written in any seed document: its origin is TRANSLATION or "
                            + "OFFICIAL, not SEED");
        }
        return o;
    }

    /**
     * Whether the text occurs verbatim in one of the seed documents ({@code documents/}) this reader read, as a whole
     * word: "Perceiver" in "PerceiverIO" does not count.
     */
    public boolean inDocuments(String text) {
        if (documents == null) {
            documents = names.stream()
                    .filter(f -> f.startsWith(DOCUMENTS))
                    .map(this::text)
                    .filter(t -> t != null)
                    .toList();
        }
        return documents.stream().anyMatch(d -> containsWord(d, text));
    }

    private static boolean containsWord(String document, String word) {
        for (int at = document.indexOf(word); at >= 0; at = document.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !(isWordChar(word.charAt(0)) && isWordChar(document.charAt(at - 1)));
            boolean endsWord = end == document.length()
                    || !(isWordChar(word.charAt(word.length() - 1)) && isWordChar(document.charAt(end)));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** The entries of a YAML file that is not keyed by table rows. */
    public <T> List<T> list(String file, TypeReference<List<T>> type) {
        byte[] bytes = files.get(file);
        if (bytes == null) {
            return List.of();
        }
        try {
            List<T> entries = YAML.readValue(bytes, type);
            return entries == null ? List.of() : entries;
        } catch (JsonProcessingException e) {
            problem(file, 0, "line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            problem(file, 0, e.getMessage());
        }
        return List.of();
    }

    /** The text of a file read as UTF-8, or null when it is missing (already reported). */
    public String text(String file) {
        byte[] bytes = files.get(file);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The folder of the seed documents. */
    public static final String DOCUMENTS = "documents/";

    public static String curationFile(String name) {
        return "curation/" + name + ".yaml";
    }

    public static String tableFile(String name) {
        return "tables/" + name + ".csv";
    }
}
