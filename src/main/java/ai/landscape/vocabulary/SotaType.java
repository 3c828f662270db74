package ai.landscape.vocabulary;

/** The type column (类型) of the SOTA comparison. */
public enum SotaType implements Coded {
    LANGUAGE("语言模型", "Language model"),
    TEXT_TO_IMAGE("文生图模型", "Text-to-image model"),
    IMAGE_TEXT("图文跨模态模型", "Image-text cross-modal model"),
    TEXT_TO_VIDEO("文生视频模型", "Text-to-video model"),
    TEXT_TO_3D("文生3D模型", "Text-to-3D model");

    private final Label label;

    SotaType(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** The fixed mapping of DATA.md from a raw type cell; null when unknown. */
    public static SotaType fromRaw(String raw) {
        return switch (raw) {
            case "语言模型" -> LANGUAGE;
            case "文生图模型" -> TEXT_TO_IMAGE;
            case "图文跨模态模型" -> IMAGE_TEXT;
            case "文生视频模型" -> TEXT_TO_VIDEO;
            case "文生3D视频", "文生3D模型" -> TEXT_TO_3D;
            default -> null;
        };
    }
}
