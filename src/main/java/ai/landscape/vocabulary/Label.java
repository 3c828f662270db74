package ai.landscape.vocabulary;

/** The Chinese and English label of a code. */
public record Label(String zh, String en) {}
