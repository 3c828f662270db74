package ai.landscape.vocabulary;

public enum TakeawayKind implements Coded {
    GAP("中美差距", "US/China gap"),
    NEED("中国需要", "What China needs");

    private final Label label;

    TakeawayKind(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
