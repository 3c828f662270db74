package ai.landscape.seed;

import ai.landscape.api.ResponseCache;
import ai.landscape.application.Application;
import ai.landscape.application.ApplicationSeedLoader;
import ai.landscape.meta.Dataset;
import ai.landscape.meta.DatasetVersions;
import ai.landscape.model.Model;
import ai.landscape.organization.Organization;
import ai.landscape.organization.OrganizationSeedLoader;
import ai.landscape.sota.SotaModel;
import ai.landscape.sota.SotaSeedLoader;
import ai.landscape.source.Source;
import ai.landscape.source.SourceSeedLoader;
import ai.landscape.takeaway.Takeaway;
import ai.landscape.takeaway.TakeawaySeedLoader;
import ai.landscape.vocabulary.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Loads seed-data into the database: reads and validates every file first, then replaces all
 * collections and the dataset version in one transaction. Data that does not validate changes
 * nothing; data whose version is already loaded is not loaded again.
 */
@ApplicationScoped
public class DatasetLoader {

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);

    /** The collections, in the order of the API. */
    public static final List<String> COLLECTIONS =
            List.of("organizations", "models", "applications", "sotaModels", "takeaways", "sources");

    /** Every record of one dataset, validated and ready to write. */
    public record Records(
            List<Source> sources,
            List<Organization> organizations,
            List<Model> models,
            List<Application> applications,
            List<SotaModel> sotaModels,
            List<Takeaway> takeaways) {

        /** Record counts by collection name, in the order of the API. */
        public Map<String, Long> counts() {
            List<List<?>> lists = List.of(organizations, models, applications, sotaModels, takeaways, sources);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < COLLECTIONS.size(); i++) {
                counts.put(COLLECTIONS.get(i), (long) lists.get(i).size());
            }
            return counts;
        }
    }

    /** What a load did. */
    public record Outcome(String version, boolean loaded, Map<String, Long> counts) {}

    @Inject
    SeedConfig config;

    @Inject
    EntityManager em;

    @Inject
    DatasetVersions versions;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ResponseCache responses;

    /** The configured seed-data: the directory of {@code landscape.seed.dir}, else the packaged copy. */
    public SeedSource configuredSource() {
        return config.dir().map(SeedSource::directory).orElseGet(SeedSource::classpath);
    }

    /** Reads and validates a whole dataset; throws {@link SeedException} naming every problem. */
    public static Records read(SeedReader reader) {
        List<Source> sources = SourceSeedLoader.load(reader);
        Set<String> organizationIds = new HashSet<>();
        Set<String> modelIds = new HashSet<>();
        List<Organization> organizations = new ArrayList<>();
        List<Model> models = new ArrayList<>();
        for (Region region : Region.values()) {
            OrganizationSeedLoader.Result r = OrganizationSeedLoader.load(reader, region, organizationIds, modelIds);
            organizations.addAll(r.organizations());
            models.addAll(r.models());
        }
        List<Application> applications = ApplicationSeedLoader.load(reader, organizationIds);
        Map<String, String> regionOf =
                organizations.stream().collect(Collectors.toMap(o -> o.id, o -> o.region, (a, b) -> a));
        List<SotaModel> sotaModels = SotaSeedLoader.load(reader, regionOf, modelIds);
        List<Takeaway> takeaways = TakeawaySeedLoader.load(reader);
        Set<String> sourceIds = sources.stream().map(s -> s.id).collect(Collectors.toSet());
        if (!sourceIds.contains(Seeds.REPORT)) {
            reader.problem(SourceSeedLoader.FILE, 0, "the source '" + Seeds.REPORT + "' of the tables is missing");
        }
        if (!reader.problems().isEmpty()) {
            throw new SeedException(reader.problems());
        }
        return new Records(sources, organizations, models, applications, sotaModels, takeaways);
    }

    /**
     * Loads the seed-data of {@code source} unless its version is already loaded (or {@code force}).
     * Throws {@link SeedException}, changing nothing, when the data does not validate.
     */
    @Transactional
    public Outcome load(SeedSource source, boolean force) {
        SeedReader reader = new SeedReader(source);
        String version = reader.version();
        Dataset current = Dataset.current();
        if (!force
                && current != null
                && version.equals(current.version)
                && reader.problems().isEmpty()) {
            LOG.infof("dataset %s already loaded, not reloaded: %s", version, summary(current.counts));
            return new Outcome(version, false, current.counts);
        }
        Records records = read(reader);
        replace(records, version, current);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                versions.invalidate(); // after the commit, so that no reader caches the old version again
                responses.clear();
            }
        });
        Map<String, Long> counts = records.counts();
        LOG.infof("dataset %s loaded from %s: %s", version, source.describe(), summary(counts));
        return new Outcome(version, true, counts);
    }

    private void replace(Records records, String version, Dataset current) {
        for (String entity : List.of("Model", "Application", "SotaModel", "Takeaway", "Organization", "Source")) {
            em.createQuery("delete from " + entity).executeUpdate();
        }
        records.sources().forEach(em::persist);
        em.flush();
        records.organizations().forEach(em::persist);
        em.flush();
        records.models().forEach(em::persist);
        records.applications().forEach(em::persist);
        records.sotaModels().forEach(em::persist);
        records.takeaways().forEach(em::persist);
        Dataset dataset = current != null ? current : new Dataset();
        dataset.version = version;
        dataset.loadedAt = OffsetDateTime.now(ZoneOffset.UTC);
        dataset.counts = records.counts();
        if (current == null) {
            em.persist(dataset);
        }
        em.flush();
    }

    private static String summary(Map<String, Long> counts) {
        return COLLECTIONS.stream().map(c -> c + "=" + counts.get(c)).collect(Collectors.joining(" "));
    }
}
