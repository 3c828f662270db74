package ai.landscape.vocabulary;

/** Go-to-market segments, from the GO to market column of the application table. */
public enum Segment implements Coded {
    CREATORS("创作者", "Creators"),
    ENTERPRISE_BRANDS("2B品牌", "Enterprise brands (2B)"),
    CONSUMERS("C端", "Consumers (2C)"),
    BUSINESSES("B端", "Businesses (2B)"),
    WRITERS("文字工作者", "Writers"),
    STUDENTS("学生", "Students"),
    COLLEGE_STUDENTS("大学生", "College students"),
    MEDIA_WORKERS("媒体工作者", "Media workers"),
    AUTHORS("作家", "Authors"),
    COPYWRITERS("文案创作者", "Copywriters"),
    DEPRESSION_PATIENTS("抑郁症患者", "People with depression"),
    ECOMMERCE("电商", "E-commerce"),
    COMMUNITY("社区", "Communities"),
    GAMERS("游戏玩家", "Gamers"),
    GAME_DEVELOPERS("游戏开发", "Game developers");

    private final Label label;

    Segment(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** The segment whose raw label is exactly {@code raw}, or null. */
    public static Segment fromRaw(String raw) {
        for (Segment s : values()) {
            if (s.label.zh().equals(raw)) {
                return s;
            }
        }
        return null;
    }
}
