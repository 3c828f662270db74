package ai.landscape.meta;

import ai.landscape.common.ProblemException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The version of the dataset the database holds, read at most once a second: ETags, page tokens
 * and caches key on it. A load in this process is seen at once ({@link #invalidate()}); a load by
 * another instance sharing the database within a second. A background refresh every half second
 * keeps it fresh for {@link #peekServedKey()}, which the event loop uses and which never blocks;
 * when the database does not answer, the peek is empty and requests go the full way (to a 503).
 */
@ApplicationScoped
public class DatasetVersions {

    static final long TTL_NANOS = 1_000_000_000L;

    @Inject
    AgroalDataSource dataSource;

    /** What one read of the dataset row gives: the version and when it was loaded. */
    private record Loaded(String version, long loadedAtMicros) {}

    private static final Loaded NONE = new Loaded(null, 0);

    private volatile Loaded loaded;
    private volatile long readAt;

    /** The loaded version, or null when no dataset is loaded. */
    public String current() {
        return read().version();
    }

    /**
     * What identifies the data as served: the version and the load time (a forced reload of the
     * same version gives new load times in /meta), or null when no dataset is loaded.
     */
    public String servedKey() {
        Loaded l = read();
        return l.version() == null ? null : l.version() + "@" + l.loadedAtMicros();
    }

    /**
     * The served key as last read if that read is fresh, else null. Never touches the database:
     * for the event loop, which must not block.
     */
    public String peekServedKey() {
        Loaded l = loaded;
        return l == null || l.version() == null || System.nanoTime() - readAt >= TTL_NANOS
                ? null
                : l.version() + "@" + l.loadedAtMicros();
    }

    private Loaded read() {
        return read(false);
    }

    private Loaded read(boolean force) {
        long now = System.nanoTime();
        Loaded l = loaded;
        if (!force && l != null && now - readAt < TTL_NANOS) {
            return l;
        }
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT version, (extract(epoch FROM loaded_at) * 1000000)::bigint FROM dataset WHERE id = "
                                + Dataset.ID)) {
            l = rs.next() ? new Loaded(rs.getString(1), rs.getLong(2)) : NONE;
        } catch (SQLException e) {
            throw new DatabaseUnavailable(e);
        }
        loaded = l;
        readAt = now;
        return l;
    }

    /** The database could not be asked. */
    public static class DatabaseUnavailable extends RuntimeException {
        DatabaseUnavailable(SQLException cause) {
            super(cause);
        }
    }

    /** The loaded version; a 503 problem when none is loaded. */
    public String require() {
        String v = current();
        if (v == null) {
            throw ProblemException.noDataset();
        }
        return v;
    }

    /** Forgets the version read, after this process loaded a dataset. */
    public void invalidate() {
        loaded = null;
    }

    private ScheduledExecutorService refresher;

    void start(@Observes StartupEvent event) {
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dataset-version-refresh");
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
        try {
            read(true);
        } catch (RuntimeException e) {
            loaded = null; // the database does not answer: nothing is fresh
        }
    }
}
