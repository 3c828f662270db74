package ai.landscape.vocabulary;

/** The model columns of the two player tables; {@code usColumn}/{@code cnColumn} are the seed headers. */
public enum Capability implements Coded {
    FOUNDATION("大模型", "Foundation models", "大模型", null),
    CROSS_MODAL("跨模态", "Cross-modal", "跨模态", "跨模态"),
    TEXT("文本", "Text / NLP", "文本", "NLP"),
    IMAGE("图像", "Image / CV", "图像", "CV"),
    VIDEO_3D("视频和3D", "Video & 3D", "视频和3D", null),
    CODE("代码", "Code", "代码", "代码"),
    GAMING("游戏", "Games", "游戏", null),
    BIOLOGY("生物", "Biology", "生物", "生物"),
    SPEECH("语音", "Speech", "语音", "语音"),
    INDUSTRY("行业大模型", "Industry models", null, "行业大模型");

    private final Label label;
    private final String usColumn;
    private final String cnColumn;

    Capability(String zh, String en, String usColumn, String cnColumn) {
        this.label = new Label(zh, en);
        this.usColumn = usColumn;
        this.cnColumn = cnColumn;
    }

    @Override
    public Label label() {
        return label;
    }

    /** The header of this capability's column in the player table of a region, or null. */
    public String column(Region region) {
        return region == Region.US ? usColumn : cnColumn;
    }
}
