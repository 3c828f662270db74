package ai.landscape.landscapecategory;

import ai.landscape.vocabulary.Coded;
import ai.landscape.vocabulary.Label;

/** Which of a document's two lists a landscape category is in. */
public enum LandscapeCategoryKind implements Coded {
    MODEL_MODALITY("模型", "Model modality"),
    APPLICATION_CATEGORY("应用", "Application category");

    private final Label label;

    LandscapeCategoryKind(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
