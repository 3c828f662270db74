package ai.landscape.seed;

/** Names of the seed document and tables the records come from. */
public final class Seeds {

    /** The source id of 004, the market-map tables. */
    public static final String REPORT = "genai-research-report";

    private Seeds() {}
}
