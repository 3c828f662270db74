package ai.landscape.api;

import ai.landscape.common.ProblemException;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads which dataset load a transaction sees, and tells the response and the instance about it. */
@ApplicationScoped
public class Snapshots {

    /** The dataset row as a snapshot: its version and load time in microseconds. */
    static final String SELECT = "SELECT version, (extract(epoch FROM loaded_at) * 1000000)::bigint FROM dataset";

    @Inject
    EntityManager em;

    @Inject
    ServedDataset served;

    @Inject
    RequestSnapshot request;

    /**
     * The dataset load the current transaction reads. Called first in a read transaction (REPEATABLE READ), it fixes the
     * snapshot that every later statement of the transaction sees. A 503 problem when no dataset is loaded, and at once
     * when the database has not answered lately ({@link ServedDataset#answering()}).
     */
    public Snapshot read() {
        served.refuseWhenSilent();
        List<?> rows = em.createNativeQuery(SELECT).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.noDataset();
        }
        Object[] row = (Object[]) rows.get(0);
        Snapshot snapshot = new Snapshot((String) row[0], ((Number) row[1]).longValue());
        served.observe(snapshot);
        if (Arc.container().requestContext().isActive()) {
            request.set(snapshot);
        }
        return snapshot;
    }
}
