package ai.landscape.vocabulary;

public enum TakeawayTopic implements Coded {
    TALENT(TakeawayKind.GAP, "人才密度", "Talent density"),
    COMPUTE(null, "算力", "Compute"),
    ARCHITECTURE(TakeawayKind.GAP, "架构", "Architecture"),
    FUNDING(TakeawayKind.GAP, "资金", "Funding"),
    OUTCOME(TakeawayKind.GAP, "造成结果", "Outcome"),
    TEAM(TakeawayKind.NEED, "团队", "Team"),
    CAPITAL(TakeawayKind.NEED, "资金", "Capital"),
    DATA(TakeawayKind.NEED, "数据", "Data");

    private final TakeawayKind kind;
    private final Label label;

    TakeawayTopic(TakeawayKind kind, String zh, String en) {
        this.kind = kind;
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** Whether this topic may be used with the kind (COMPUTE is both a gap and a need). */
    public boolean allows(TakeawayKind k) {
        return kind == null || kind == k;
    }
}
