package ai.landscape.source;

/**
 * The text of a seed document, as a loader reads it (not a record of the API): loaders of prose records check their
 * quotes against it through {@link Quotes}.
 *
 * @param source the source id
 * @param text the document's text
 */
public record SourceText(String source, String text) {}
