package ai.landscape.seed;

import ai.landscape.common.Build;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Loads seed-data into the database: reads and validates every file of every declared collection first, then replaces
 * all collections, their search entries and the dataset row in one transaction. Data that does not validate changes
 * nothing; data whose version is already loaded (by this build, for the same collections) is not loaded again: the
 * records depend on the loaders' code as much as on the files. Observers of
 * {@link DatasetLoaded} hear of a load once it is committed.
 */
@ApplicationScoped
public class DatasetLoader {

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);

    /**
     * Every record of one dataset, validated and ready to write.
     *
     * @param collections the declared collections, in the order of the API
     * @param records their records
     */
    public record Records(List<? extends SeededCollection> collections, LoadedRecords records) {

        /** Record counts by collection name, in the order of the API. */
        public Map<String, Long> counts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            collections.forEach(
                    c -> counts.put(c.name(), (long) records.of(c.entity()).size()));
            return counts;
        }

        public <E> List<E> of(Class<E> entity) {
            return records.of(entity);
        }
    }

    /** What a load did. */
    public record Outcome(String version, boolean loaded, Map<String, Long> counts) {}

    @Inject
    SeedConfig config;

    @Inject
    SeededCollections declared;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Event<DatasetLoaded> loaded;

    /** The configured seed-data: the directory of {@code landscape.seed.dir}, else the packaged copy. */
    public SeedSource configuredSource() {
        return config.dir().map(SeedSource::directory).orElseGet(SeedSource::classpath);
    }

    /** A reader of every file the declared collections' loaders read. */
    public SeedReader reader(SeedSource source) {
        return new SeedReader(
                source,
                declared.seeded().stream()
                        .flatMap(c -> c.loader().stream())
                        .flatMap(l -> l.files().stream())
                        .toList());
    }

    /** Reads and validates a whole dataset; throws {@link SeedException} naming every problem. */
    public Records read(SeedReader reader) {
        LoadedRecords records = new LoadedRecords();
        for (SeededCollection c : loadOrder()) {
            c.loader().ifPresent(l -> l.load().load(reader, records));
        }
        if (!reader.problems().isEmpty()) {
            throw new SeedException(reader.problems());
        }
        return new Records(declared.seeded(), records);
    }

    /**
     * Loads the seed-data of {@code source} unless its version is already loaded with the same collections (or
     * {@code force}). Throws {@link SeedException}, changing nothing, when the data does not validate.
     */
    @Transactional
    public Outcome load(SeedSource source, boolean force) {
        SeedReader reader = reader(source);
        String version = reader.version();
        Dataset current = Dataset.current();
        Set<String> names =
                declared.seeded().stream().map(SeededCollection::name).collect(Collectors.toSet());
        if (!force
                && current != null
                && version.equals(current.version)
                && Build.ID.equals(current.build)
                && names.equals(current.counts.keySet())
                && reader.problems().isEmpty()) {
            LOG.infof("dataset %s already loaded, not reloaded: %s", version, summary(current.counts));
            return new Outcome(version, false, current.counts);
        }
        Records records = read(reader);
        Dataset dataset = replace(records, version, current);
        long micros = dataset.loadedAt.toEpochSecond() * 1_000_000 + dataset.loadedAt.getNano() / 1_000;
        loaded.fire(new DatasetLoaded(version, micros)); // heard after the commit
        LOG.infof("dataset %s loaded from %s: %s", version, source.describe(), summary(dataset.counts));
        return new Outcome(version, true, dataset.counts);
    }

    private Dataset replace(Records records, String version, Dataset current) {
        // a writer that runs once per release, not a request: the connections' statement timeout does not bound it
        em.createNativeQuery("SET LOCAL statement_timeout = 0").executeUpdate();
        List<SeededCollection> order = loadOrder();
        em.createNativeQuery("DELETE FROM search_entry").executeUpdate();
        List<SeededCollection> referencedLast = new ArrayList<>(order);
        Collections.reverse(referencedLast);
        for (SeededCollection c : referencedLast) {
            em.createQuery("delete from " + em.getMetamodel().entity(c.entity()).getName())
                    .executeUpdate();
        }
        for (SeededCollection c : order) {
            records.of(c.entity()).forEach(em::persist);
            em.flush(); // the rows of the collections it references come first
        }
        LinkedSearch search = LinkedSearch.of(order, records.records());
        writeSearchEntries(search.documents());
        writeLinkedNames(search.linkedNames());
        Dataset dataset = current != null ? current : new Dataset();
        dataset.version = version;
        dataset.build = Build.ID;
        dataset.loadedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        dataset.counts = records.counts();
        if (current == null) {
            em.persist(dataset);
        }
        em.flush();
        return dataset;
    }

    /** Appends to the search text of each record that links to others the names of those (see {@link LinkedSearch}). */
    private void writeLinkedNames(Map<String, Map<String, String>> linkedNames) {
        em.unwrap(Session.class).doWork(connection -> {
            for (Map.Entry<String, Map<String, String>> table : linkedNames.entrySet()) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE " + table.getKey() + " SET search_text = search_text || ? WHERE id = ?")) {
                    for (Map.Entry<String, String> row : table.getValue().entrySet()) {
                        update.setString(1, row.getValue());
                        update.setString(2, row.getKey());
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            }
        });
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeSearchEntries(List<SearchDocument> documents) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO search_entry (id, collection, record_id, name, name_en, name_zh, aliases, search_text,"
                            + " links) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
                for (SearchDocument d : documents) {
                    Array aliases = connection.createArrayOf("text", d.aliases().toArray());
                    insert.setString(1, d.collection() + ":" + d.id());
                    insert.setString(2, d.collection());
                    insert.setString(3, d.id());
                    insert.setString(4, d.name());
                    insert.setString(5, d.nameEn());
                    insert.setString(6, d.nameZh());
                    insert.setArray(7, aliases);
                    insert.setString(8, d.searchText());
                    insert.setString(9, json(d.links()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * The declared collections in an order that loads each after those it names in {@link
     * SeededCollection#loadedAfter()}, otherwise in the order of the API.
     */
    List<SeededCollection> loadOrder() {
        Map<String, SeededCollection> byName = new LinkedHashMap<>();
        declared.seeded().forEach(c -> byName.put(c.name(), c));
        Set<String> placed = new LinkedHashSet<>();
        Map<String, Boolean> visiting = new HashMap<>();
        byName.keySet().forEach(name -> place(name, byName, placed, visiting));
        return placed.stream().map(byName::get).toList();
    }

    private static void place(
            String name, Map<String, SeededCollection> byName, Set<String> placed, Map<String, Boolean> visiting) {
        SeededCollection c = Optional.ofNullable(byName.get(name))
                .orElseThrow(() -> new IllegalStateException("no collection is named " + name));
        if (placed.contains(name)) {
            return;
        }
        if (visiting.put(name, true) != null) {
            throw new IllegalStateException("collections load after each other in a circle through " + name);
        }
        c.loadedAfter().forEach(before -> place(before, byName, placed, visiting));
        placed.add(name);
    }

    private String summary(Map<String, Long> counts) {
        return declared.seeded().stream()
                .map(c -> c.name() + "=" + counts.get(c.name()))
                .collect(Collectors.joining(" "));
    }
}
