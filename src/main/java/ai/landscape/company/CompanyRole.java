package ai.landscape.company;

import ai.landscape.vocabulary.Coded;
import ai.landscape.vocabulary.Label;

/** The context the essays name a company or product in: a layer of the stack, or the incumbents. */
public enum CompanyRole implements Coded {
    APPLICATION("应用", "Application: an application, or the company that makes one"),
    FOUNDATION_MODEL("基础模型", "Foundation model: a model maker or alliance of the model layer, or a model"),
    DEVELOPER_TOOL("开发者工具", "Developer tool: a framework, model hub or LLMOps tool of the developer stack"),
    INFRASTRUCTURE("基础设施", "Infrastructure: a GPU cloud or a vector database"),
    INCUMBENT("现有公司", "Incumbent: an existing company or the software generative AI plugs into");

    private final Label label;

    CompanyRole(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
