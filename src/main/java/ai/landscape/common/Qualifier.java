package ai.landscape.common;

/** How a parsed number relates to the truth, as the seed text words it. */
public enum Qualifier {
    /** Stated as a plain figure. */
    EXACT,
    /** 近, 约, 左右, 几十, 数千: about, or a magnitude without a figure. */
    APPROXIMATE,
    /** 至少: at least. */
    AT_LEAST,
    /** 超, 超过, 多: more than. */
    MORE_THAN,
    /** 以内, 不到: at most. */
    AT_MOST,
    /** A magnitude word without a figure (数十亿, 千卡, 百亿): the value is null, or the order of magnitude. */
    MAGNITUDE,
    /** Two figures, low and high. */
    RANGE,
    /** 预测, 有说法: an estimate or a claim. */
    ESTIMATE,
    /** The text states no figure at all. */
    NOT_STATED
}
