package ai.landscape.api;

/**
 * A dataset load as one transaction sees the dataset row: everything a response says about the data (body, totals,
 * facets, page token, ETag) comes from one snapshot.
 *
 * @param version the dataset version
 * @param loadedAtMicros when it was loaded, in microseconds since the epoch: a forced reload of the same version is
 *     another load
 */
public record Snapshot(String version, long loadedAtMicros) {

    /** What identifies the load in ETags and cache keys. */
    public String key() {
        return version + "@" + loadedAtMicros;
    }

    /** Whether this load came after {@code other} (a null other is older than any load). */
    boolean newerThan(Snapshot other) {
        return other == null || loadedAtMicros > other.loadedAtMicros;
    }
}
