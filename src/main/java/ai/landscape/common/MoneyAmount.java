package ai.landscape.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A money amount found in a funding cell.
 *
 * @param text the words of the cell it was read from
 * @param value the amount, when the text gives one figure
 * @param low lower bound of a range
 * @param high upper bound of a range
 * @param currency USD or CNY, null when the text names none
 * @param qualifier how the figure is worded
 * @param period the time span the text gives for the amount (每年, 3年, 2018-2022年), verbatim
 */
public record MoneyAmount(
        String text,
        @Schema(nullable = true) Long value,
        @Schema(nullable = true) Long low,
        @Schema(nullable = true) Long high,
        @Schema(nullable = true) String currency,
        Qualifier qualifier,
        @Schema(nullable = true) String period) {}
