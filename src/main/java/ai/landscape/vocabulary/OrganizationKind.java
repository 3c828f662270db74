package ai.landscape.vocabulary;

public enum OrganizationKind implements Coded {
    COMPANY("公司", "Company"),
    RESEARCH_INSTITUTE("研究机构", "Research institute"),
    COMMUNITY("社区", "Community"),
    RESEARCH_TEAM("研究团队", "Research team");

    private final Label label;

    OrganizationKind(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
