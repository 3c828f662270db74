package ai.landscape.common;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A figure an essay states, typed beside its words.
 *
 * @param valueRaw the words that state it, verbatim (they occur in the record's quote)
 * @param value the number, when the text gives one figure (85 for "85%"); null for a range or a magnitude word
 * @param low lower bound of a range
 * @param high upper bound of a range
 * @param unit a code of the Unit vocabulary (PERCENT, WEEKS, USD, COUNT, ...)
 * @param qualifier how the figure is worded
 */
@Schema(name = "Figure", description = "A figure as an essay states it: its words verbatim beside the typed number")
public record Figure(
        String valueRaw,
        @Schema(nullable = true) BigDecimal value,
        @Schema(nullable = true) BigDecimal low,
        @Schema(nullable = true) BigDecimal high,
        String unit,
        Qualifier qualifier) {}
