package ai.landscape.meta;

import ai.landscape.api.ServedDataset;
import ai.landscape.api.Snapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and holds a loaded dataset, as the served dataset's look at it every half second
 * found: the check itself never waits on the database, so it answers at once when the database hangs (DOWN within
 * {@link ServedDataset#SILENCE_NANOS} of its last answer).
 */
@Readiness
@ApplicationScoped
public class DatasetReadinessCheck implements HealthCheck {

    @Inject
    ServedDataset served;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("dataset");
        Snapshot seen = served.lastSeen();
        if (!served.answering()) {
            return response.down().withData("reason", "database unavailable").build();
        }
        if (!served.ready()) {
            return response.down().withData("reason", "no dataset loaded").build();
        }
        return response.up().withData("datasetVersion", seen.version()).build();
    }
}
