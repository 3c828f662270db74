package ai.landscape.common;

/**
 * A model's parameter count as the SOTA table states it.
 *
 * @param value the count, when the text gives one figure
 * @param low the lowest figure the text gives
 * @param high the highest figure the text gives
 * @param qualifier how the figures are worded
 * @param estimated true when the text gives a range or a claim rather than a figure
 */
public record ParameterCount(Long value, Long low, Long high, Qualifier qualifier, boolean estimated) {

    /** The lower bound used by range filters. */
    public Long lowerBound() {
        return value != null ? value : low;
    }

    /** The upper bound used by range filters. */
    public Long upperBound() {
        return value != null ? value : high;
    }
}
