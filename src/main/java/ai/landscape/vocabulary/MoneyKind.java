package ai.landscape.vocabulary;

/**
 * What a money amount of a 资金投入 (funding) cell is, as the words of its sentence say: a valuation is not funding, a
 * cost is not an investment, a target is not money raised.
 */
public enum MoneyKind implements Coded {
    /** 投入, 投资, or no other word: money put in (the column's own meaning). */
    INVESTMENT("投入", "Investment (money put in)"),
    /** 将…投资: an investment announced for the future. */
    PLANNED_INVESTMENT("计划投资", "Planned investment"),
    /** 融资, a funding round (…轮): money the organization raised. */
    FUNDING_RAISED("已获融资", "Funding raised"),
    /** 希望融资: money the organization seeks to raise. */
    FUNDRAISING_TARGET("融资目标", "Fundraising target"),
    /** 估值: what the organization is valued at, not money it has. */
    VALUATION("估值", "Valuation"),
    /** 预算, 经费: money allotted for spending. */
    BUDGET("预算/经费", "Budget"),
    /** 拨款: a government appropriation. */
    GRANT("拨款", "Grant (government appropriation)"),
    /** 训练成本: what training a model cost. */
    TRAINING_COST("训练成本", "Training cost"),
    /** 运营, 支出, 成本: operating and cloud spending. */
    OPERATING_COST("运营成本", "Operating cost");

    private final Label label;

    MoneyKind(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
