package ai.landscape.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One parameter count a SOTA parameters cell states for a model, with its wording.
 *
 * @param text the words of the cell that state it, verbatim
 * @param value the count
 * @param qualifier how the count is worded: EXACT, AT_LEAST (至少), ESTIMATE (有说法, 预测), ...
 * @param reported true when the text reports what others say (有说法, 据说) rather than stating it
 */
@Schema(
        description = "A parameter count as the cell states it for one model. \"At least\" stays AT_LEAST; a figure "
                + "the text reports from others (\"也有说法是100 Trillion\") is a claim of its own, ESTIMATE and "
                + "reported, never a bound of another figure.")
public record ParameterClaim(
        String text,
        long value,
        Qualifier qualifier,

        @Schema(description = "True when the text reports what others say (有说法, 据说) rather than stating it")
        boolean reported) {

    /** Whether the filters and the sort count the claim: a figure the text states, not a report or an estimate. */
    public boolean counted() {
        return !reported && qualifier != Qualifier.ESTIMATE;
    }

    /** The least count the claim states (null when it states none: at most). */
    public Long lowerBound() {
        return qualifier == Qualifier.AT_MOST ? null : value;
    }

    /** The greatest count the claim states (null when it states none: at least, more than). */
    public Long upperBound() {
        return qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.MORE_THAN ? null : value;
    }
}
