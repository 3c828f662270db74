package ai.landscape.vocabulary;

/** The searchable collections, by the names of their paths. */
public enum Collection implements Coded {
    ORGANIZATIONS("organizations", "机构", "Organizations"),
    MODELS("models", "模型", "Models"),
    APPLICATIONS("applications", "应用", "Applications"),
    SOTA_MODELS("sota-models", "SOTA模型", "SOTA models"),
    SOURCES("sources", "来源", "Sources");

    private final String path;
    private final Label label;

    Collection(String path, String zh, String en) {
        this.path = path;
        this.label = new Label(zh, en);
    }

    public String path() {
        return path;
    }

    @Override
    public Label label() {
        return label;
    }
}
