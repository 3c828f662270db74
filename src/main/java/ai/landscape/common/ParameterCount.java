package ai.landscape.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A model's parameter count as the SOTA table states it.
 *
 * @param value the count, when the text gives one figure
 * @param low the lowest figure the text gives
 * @param high the highest figure the text gives
 * @param qualifier how the figures are worded
 * @param estimated true when the text gives a range or a claim rather than a figure
 */
public record ParameterCount(
        @Schema(nullable = true) Long value,
        @Schema(nullable = true) Long low,
        @Schema(nullable = true) Long high,
        Qualifier qualifier,
        boolean estimated) {

    /** The reading of a cell that states no parameter count. */
    public static final ParameterCount NOT_STATED = new ParameterCount(null, null, null, Qualifier.NOT_STATED, false);

    /** The lower bound used by range filters. */
    public Long lowerBound() {
        return value != null ? value : low;
    }

    /** The upper bound used by range filters. */
    public Long upperBound() {
        return value != null ? value : high;
    }
}
