package ai.landscape.vocabulary;

public enum Region implements Coded {
    US("美国", "United States"),
    CN("中国", "China");

    private final Label label;

    Region(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
