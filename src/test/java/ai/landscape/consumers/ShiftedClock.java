package ai.landscape.consumers;

import io.github.bucket4j.TimeMeter;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clock of the rate limit's buckets in the tests: the JVM's monotonic clock, which a test can stop and move
 * forward, so that a quota's figures are exact and it refills without waiting. It replaces the service's clock (a
 * default bean) in every test; left alone, it is that clock.
 */
@Singleton
public class ShiftedClock implements TimeMeter {

    private final AtomicLong shift = new AtomicLong();
    private volatile Long stoppedAt;

    @Override
    public long currentTimeNanos() {
        Long stopped = stoppedAt;
        return (stopped != null ? stopped : System.nanoTime()) + shift.get();
    }

    /** Time stands still until {@link #restart()}, but for {@link #advance}. */
    void stop() {
        stoppedAt = System.nanoTime();
    }

    void restart() {
        stoppedAt = null;
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }

    void advance(Duration duration) {
        shift.addAndGet(duration.toNanos());
    }
}
