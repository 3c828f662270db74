package ai.landscape.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a parsed number relates to the truth, as the seed text words it. */
@Schema(
        description = "How a figure is worded: EXACT a plain figure; APPROXIMATE about a figure (近, 约, 左右); AT_LEAST "
                + "(至少, 以上); MORE_THAN (超, 超过, 多); AT_MOST (以内, 不到); MAGNITUDE an order of magnitude, not a "
                + "count: a bare magnitude word (千卡, 百亿) has the magnitude as its value (1000, 10000000000), "
                + "\"several\" of one (数千, 几十, 数十亿) has no value; RANGE low and high; ESTIMATE a prediction or a "
                + "claim (预测, 有说法); NOT_STATED no figure")
public enum Qualifier {
    /** Stated as a plain figure. */
    EXACT,
    /** 近, 约, 左右: about a figure (近千卡: about 1000). */
    APPROXIMATE,
    /** 至少: at least. */
    AT_LEAST,
    /** 超, 超过, 多: more than. */
    MORE_THAN,
    /** 以内, 不到: at most. */
    AT_MOST,
    /**
     * An order of magnitude, not a count: a bare magnitude word (千卡, 百亿) has the magnitude as its value (1000,
     * 10,000,000,000); "several" of one (数千, 几十, 数十亿) gives no figure, so its value is null.
     */
    MAGNITUDE,
    /** Two figures, low and high. */
    RANGE,
    /** 预测, 有说法: an estimate or a claim. */
    ESTIMATE,
    /** The text states no figure at all. */
    NOT_STATED
}
