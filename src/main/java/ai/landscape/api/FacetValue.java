package ai.landscape.api;

import ai.landscape.vocabulary.Label;

/**
 * How many matches have one value of a facet field.
 *
 * @param value the code or id
 * @param label its Chinese and English label
 * @param count the number of matching records with this value
 */
public record FacetValue(String value, Label label, long count) {}
