package ai.landscape.api;

import ai.landscape.seed.DatasetLoaded;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Which dataset load this instance serves: the newest it has seen, from its own loads (at their commit), from the
 * snapshots its requests read, and from a look at the dataset row every half second (a load by another instance
 * sharing the database). It only moves forward, so that once a newer load is served, nothing of an older one (a kept
 * response, a 304 for its ETag) is served again. What the event loop uses ({@link #peek()}) never blocks; when the
 * database has not answered for a second, it is empty and requests take the full path (to a 503). Worker threads ask
 * the database then ({@link #current()}).
 */
@ApplicationScoped
public class ServedDataset {

    static final long TTL_NANOS = 1_000_000_000L;

    @Inject
    Snapshots snapshots;

    @Inject
    AgroalDataSource dataSource;

    private record Seen(Snapshot snapshot, long atNanos) {}

    private volatile Seen seen;
    private ScheduledExecutorService refresher;

    /** The load served now, or null when the database has not been reached lately. Never blocks. */
    public Snapshot peek() {
        Seen s = seen;
        return s == null || System.nanoTime() - s.atNanos() >= TTL_NANOS ? null : s.snapshot();
    }

    /**
     * The load served now, asking the database when the last look is older than a second (blocks: for worker
     * threads). A 503 problem when no dataset is loaded; the database's own error when it does not answer.
     */
    public Snapshot current() {
        Snapshot fresh = peek();
        return fresh != null ? fresh : QuarkusTransaction.requiringNew().call(snapshots::read);
    }

    /** A load read from the database just now: served from now on if it is newer. */
    synchronized void observe(Snapshot snapshot) {
        Seen s = seen;
        seen = new Seen(
                snapshot.newerThan(s == null ? null : s.snapshot()) ? snapshot : s.snapshot(), System.nanoTime());
    }

    void loaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DatasetLoaded load) {
        observe(new Snapshot(load.version(), load.loadedAtMicros()));
    }

    void start(@Observes StartupEvent event) {
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "served-dataset-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refresh, 0, TTL_NANOS / 2, TimeUnit.NANOSECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    private void refresh() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            try (ResultSet rs = s.executeQuery(Snapshots.SELECT)) {
                if (rs.next()) {
                    observe(new Snapshot(rs.getString(1), rs.getLong(2)));
                }
            }
        } catch (SQLException e) {
            // the database does not answer: what was seen stays (only newer loads replace it), no longer fresh
            Seen s = seen;
            seen = s == null ? null : new Seen(s.snapshot(), System.nanoTime() - TTL_NANOS);
        }
    }
}
