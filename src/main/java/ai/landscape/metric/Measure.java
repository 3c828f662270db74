package ai.landscape.metric;

import ai.landscape.vocabulary.Coded;
import ai.landscape.vocabulary.Label;

/** What a figure of the essays measures. */
public enum Measure implements Coded {
    WORKFORCE_SIZE("涉及的工作者人数", "Number of workers in a field"),
    PRODUCTIVITY_GAIN("效率提升", "Productivity gain"),
    ECONOMIC_VALUE("经济价值", "Economic value"),
    TRAINING_COMPUTE_GROWTH("训练计算量的增长", "Growth of the compute used for training"),
    TRAINING_DATA_SIZE("训练数据量", "Amount of training data"),
    SHARE_OF_CODE_WRITTEN("生成代码的占比", "Share of the code written"),
    YEARS_OF_PROGRESS("技术积累的年数", "Years of a technology's progress"),
    COMPUTE_SPEND("计算支出", "Spending on compute"),
    SEED_ROUND_SIZE("种子轮金额", "Size of a seed round"),
    REVENUE("收入", "Revenue"),
    TIME_TO_1B_REVENUE("达到10亿美元收入所需时间", "Time to reach $1B revenue"),
    TEAM_SIZE("团队规模", "Team size"),
    TIME_SPENT_IN_APP("用户在应用中的平均时长", "Average time users spend in the app"),
    SESSION_LENGTH("平均每次会话时长", "Average length of a session"),
    FORECAST_TIME_TO_CAPABILITY("预计实现所需时间", "Forecast time until a capability arrives"),
    TIME_TO_100M_USERS("达到1亿月活用户所需时间", "Time to reach 100 million monthly active users"),
    DAU_MAU_RATIO("日活/月活比", "Daily to monthly active users (DAU/MAU)"),
    PRICE_DECLINE("价格降幅", "Fall in price (the percentage as written: 98 for 下降了98%)"),
    COMPANY_COUNT("公司数量", "Number of companies");

    private final Label label;

    Measure(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
