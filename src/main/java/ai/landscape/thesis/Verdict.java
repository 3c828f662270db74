package ai.landscape.thesis;

import ai.landscape.vocabulary.Coded;
import ai.landscape.vocabulary.Label;

/** The verdict an essay gives one of its earlier predictions. */
public enum Verdict implements Coded {
    RIGHT("预测对的", "Right: the essay says the prediction held"),
    WRONG("预测错的", "Wrong: the essay says the prediction failed");

    private final Label label;

    Verdict(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
