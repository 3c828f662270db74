package ai.landscape.vocabulary;

/** Where an English name (or title) comes from. */
public enum NameOrigin implements Coded {
    /** Written in the seed documents themselves (the loader checks that it occurs in one). */
    SEED("原文", "Written in the seed documents"),
    /** A translation or transliteration made here (then nameEnTranslated is true). */
    TRANSLATION("本站翻译", "Translated here"),
    /** The official English name, known outside the seeds (the seeds do not write it). */
    OFFICIAL("官方名称", "Official name, not written in the seeds");

    private final Label label;

    NameOrigin(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
