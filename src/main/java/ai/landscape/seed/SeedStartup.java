package ai.landscape.seed;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Loads the configured seed-data at start-up. A refused load leaves the served data as it was. */
@ApplicationScoped
public class SeedStartup {

    private static final Logger LOG = Logger.getLogger(SeedStartup.class);

    @Inject
    SeedConfig config;

    @Inject
    DatasetLoader loader;

    void onStart(@Observes StartupEvent event) {
        if (!config.loadOnStart()) {
            return;
        }
        try {
            loader.load(loader.configuredSource(), false);
        } catch (SeedException e) {
            LOG.error(e.getMessage() + "\nthe data already in the database (if any) is still served");
        }
    }
}
