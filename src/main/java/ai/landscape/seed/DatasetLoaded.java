package ai.landscape.seed;

/**
 * The CDI event of a committed load: observers ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}) switch to
 * the new dataset and forget what they kept for the old one.
 *
 * @param version the dataset version loaded
 * @param loadedAtMicros the load time, in microseconds since the epoch, as the dataset row stores it
 */
public record DatasetLoaded(String version, long loadedAtMicros) {}
