package ai.landscape.vocabulary;

/** The unit of a figure the essays state. */
public enum Unit implements Coded {
    PERCENT("百分比", "Percent (the number as written: 85 for 85%)"),
    HOURS("小时", "Hours"),
    DAYS("天", "Days"),
    WEEKS("周", "Weeks"),
    MONTHS("月", "Months"),
    YEARS("年", "Years"),
    USD("美元", "US dollars"),
    CNY("人民币", "Renminbi"),
    COUNT("个数", "Count"),
    TIMES("倍", "Times (a multiple)"),
    ORDERS_OF_MAGNITUDE("数量级", "Orders of magnitude (powers of ten: 6 for 6个数量级)");

    private final Label label;

    Unit(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
