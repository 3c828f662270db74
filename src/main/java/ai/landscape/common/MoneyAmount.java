package ai.landscape.common;

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
        String text, Long value, Long low, Long high, String currency, Qualifier qualifier, String period) {}
