package ai.landscape.api;

import ai.landscape.common.ProblemException;
import ai.landscape.seed.DatasetLoaded;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which dataset load this instance serves, and whether its database answers.
 *
 * <p>The load served is the newest this instance has seen: from its own loads (at their commit), from the snapshots its
 * requests read, and from a look at the dataset row every half second, which is how a load by another instance (or
 * one replicated to the standby this instance reads) is noticed. It only moves forward, so that once a newer load is
 * served, nothing of an older one (a kept response, a 304 for its ETag) is served again.
 *
 * <p>The look runs on a connection of its own, outside the pool (a busy pool cannot delay it) and with a short network
 * timeout, so it also tells whether the database answers: when it has not for {@link #SILENCE_NANOS} (the server is
 * down, unreachable or hung), the instance is not ready, requests that need the database are refused at once with a
 * 503 instead of waiting on it, and the response cache keeps serving what it holds of the last load seen.
 */
@ApplicationScoped
public class ServedDataset {

    /** How often the dataset row is looked at. */
    static final long REFRESH_NANOS = 500_000_000L;

    /** Within this time of the last answer, the load seen is taken as current without asking again. */
    static final long FRESH_NANOS = 1_000_000_000L;

    /** Longer than this without an answer, the database is taken as not answering. */
    public static final long SILENCE_NANOS = 2_000_000_000L;

    /** The look's own bound on the network, in seconds: a hung server does not hold it. */
    private static final int LOOK_TIMEOUT_SECONDS = 2;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    Snapshots snapshots;

    private volatile Snapshot seen;
    private volatile boolean noDataset;
    private volatile long answeredAt = System.nanoTime();
    private ScheduledExecutorService refresher;
    private Connection look;

    /** The newest load seen, or null before any: what the response cache may serve. Never blocks. */
    public Snapshot lastSeen() {
        return seen;
    }

    /** Whether the database answered lately. Never blocks. */
    public boolean answering() {
        return System.nanoTime() - answeredAt < SILENCE_NANOS;
    }

    /** Whether the database answers and holds a dataset: readiness. */
    public boolean ready() {
        return answering() && !noDataset && seen != null;
    }

    /**
     * The load served now, asking the database when the last answer is older than a second (blocks: for worker
     * threads). A 503 problem at once when the database has not answered lately (the read refuses it), or when no
     * dataset is loaded.
     */
    public Snapshot current() {
        Snapshot s = seen;
        return s != null && System.nanoTime() - answeredAt < FRESH_NANOS
                ? s
                : QuarkusTransaction.requiringNew().call(snapshots::read);
    }

    /** Refuses work that needs the database when it has not answered lately: a 503, without waiting on it. */
    void refuseWhenSilent() {
        if (!answering()) {
            throw ProblemException.databaseUnavailable();
        }
    }

    /** A load read from the database just now: served from now on if it is newer. */
    synchronized void observe(Snapshot snapshot) {
        if (snapshot.newerThan(seen)) {
            seen = snapshot;
        }
        noDataset = false;
        answeredAt = System.nanoTime();
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
        refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH_NANOS, TimeUnit.NANOSECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
        closeLook();
    }

    private void refresh() {
        try {
            if (look == null) {
                Properties properties = new Properties();
                username.ifPresent(u -> properties.setProperty("user", u));
                password.ifPresent(p -> properties.setProperty("password", p));
                properties.setProperty("connectTimeout", String.valueOf(LOOK_TIMEOUT_SECONDS));
                properties.setProperty("loginTimeout", String.valueOf(LOOK_TIMEOUT_SECONDS));
                properties.setProperty("socketTimeout", String.valueOf(LOOK_TIMEOUT_SECONDS));
                properties.setProperty("ApplicationName", "served-dataset-refresh");
                look = DriverManager.getConnection(url, properties);
            }
            try (Statement s = look.createStatement();
                    ResultSet rs = s.executeQuery(Snapshots.SELECT)) {
                if (rs.next()) {
                    observe(new Snapshot(rs.getString(1), rs.getLong(2)));
                } else {
                    noDataset = true;
                    answeredAt = System.nanoTime();
                }
            }
        } catch (SQLException e) {
            // no answer: what was seen stays (only newer loads replace it); the silence grows until one comes
            closeLook();
        }
    }

    private void closeLook() {
        if (look != null) {
            try {
                look.close();
            } catch (SQLException e) {
                // broken already
            }
            look = null;
        }
    }
}
