package ai.landscape.meta;

import ai.landscape.common.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The version of the dataset the database holds, read at most once a second: ETags, page tokens
 * and caches key on it. A load in this process is seen at once ({@link #invalidate()}); a load by
 * another instance sharing the database within a second.
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

    private Loaded read() {
        long now = System.nanoTime();
        Loaded l = loaded;
        if (l != null && now - readAt < TTL_NANOS) {
            return l;
        }
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, (extract(epoch FROM loaded_at) * 1000000)::bigint FROM dataset WHERE id = " + Dataset.ID)) {
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
}
