package ai.landscape.common;

import ai.landscape.vocabulary.MoneyKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A money amount found in a funding cell.
 *
 * @param text the words of the clause it was read from, before and after the figure
 * @param kind what the amount is, as its sentence says (a valuation, a cost, money raised, ...)
 * @param value the amount, when the text gives one figure
 * @param low lower bound of a range
 * @param high upper bound of a range
 * @param currency USD or CNY, null when the text names none
 * @param qualifier how the figure is worded
 * @param period the time span the text gives for the amount (每年, 3年, 2018-2022年), verbatim
 * @param note a remark of the cell about this amount, verbatim (e.g. that its sources disagree)
 */
@Schema(
        description = "A money amount of a 资金投入 cell: its words, what kind of money it is, and the figure. A remark "
                + "of the cell about an amount (e.g. that two sources disagree on it) is that amount's note, not a "
                + "further amount.")
public record MoneyAmount(
        String text,

        @Schema(description = "What the amount is, as its sentence says (a code of the moneyKinds vocabulary)")
        MoneyKind kind,

        @Schema(nullable = true) Long value,
        @Schema(nullable = true) Long low,
        @Schema(nullable = true) Long high,
        @Schema(nullable = true) String currency,
        Qualifier qualifier,
        @Schema(nullable = true) String period,

        @Schema(
                nullable = true,
                description = "A remark of the cell about this amount, verbatim: e.g. that its sources "
                        + "disagree (\"第一个链接里说训练成本是600万美金，第二个里面说是60万美金\")")
        String note) {}
