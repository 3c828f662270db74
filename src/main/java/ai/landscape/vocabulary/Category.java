package ai.landscape.vocabulary;

import java.util.List;

/** Application categories, from the direction column (方向) of the application table. */
public enum Category implements Coded {
    TEXT_EDITING("文本编辑", "Text editing"),
    TEXT_GENERATION("文字生成", "Text generation"),
    COMPANIONSHIP("AI陪伴", "AI companionship"),
    FICTION_WRITING("小说攥写", "Fiction writing"),
    TEXT_TO_IMAGE("文生图", "Text to image"),
    IMAGE_TO_IMAGE("图生图", "Image to image"),
    TEXT_TO_AUDIO("文生音频", "Text to audio"),
    TEXT_TO_VIDEO("文生视频", "Text to video"),
    DIALOGUE("对话", "Dialogue"),
    AI_BOT("AI Bot", "AI bot"),
    NPC_GENERATION("NPC逻辑自动生成", "NPC logic generation"),
    NAIL_ART("AI美甲", "AI nail art"),
    MEETING_ASSISTANT("会议助手", "Meeting assistant"),
    DIGITAL_FASHION("AI数字服装", "AI digital fashion"),
    DIGITAL_ASSET_MANAGEMENT("AIGC+DAM", "AIGC + digital asset management"),
    AIGC_COMMUNITY("AIGC社区", "AIGC community");

    private final Label label;

    Category(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** The fixed mapping of DATA.md from a raw direction cell to categories; null when unknown. */
    public static List<Category> fromDirection(String raw) {
        return switch (raw) {
            case "文本编辑" -> List.of(TEXT_EDITING);
            case "文字生成" -> List.of(TEXT_GENERATION);
            case "AI陪伴/小说攥写" -> List.of(COMPANIONSHIP, FICTION_WRITING);
            case "文生图" -> List.of(TEXT_TO_IMAGE);
            case "图生图" -> List.of(IMAGE_TO_IMAGE);
            case "文生音频" -> List.of(TEXT_TO_AUDIO);
            case "文生视频" -> List.of(TEXT_TO_VIDEO);
            case "文字/对话" -> List.of(TEXT_GENERATION, DIALOGUE);
            case "AI Bot" -> List.of(AI_BOT);
            case "NPC逻辑自动生成" -> List.of(NPC_GENERATION);
            case "AI美甲" -> List.of(NAIL_ART);
            case "会议助手" -> List.of(MEETING_ASSISTANT);
            case "AI数字服装" -> List.of(DIGITAL_FASHION);
            case "AIGC+DAM" -> List.of(DIGITAL_ASSET_MANAGEMENT);
            case "AIGC社区" -> List.of(AIGC_COMMUNITY);
            default -> null;
        };
    }
}
