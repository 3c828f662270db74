package ai.landscape.company;

import ai.landscape.vocabulary.Coded;
import ai.landscape.vocabulary.Label;

/** What the essays name: a company, or a product (an application, tool, framework, system or model). */
public enum CompanyKind implements Coded {
    COMPANY("公司", "Company"),
    PRODUCT("产品", "Product");

    private final Label label;

    CompanyKind(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
