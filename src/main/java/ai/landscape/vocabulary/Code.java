package ai.landscape.vocabulary;

/** A code of a vocabulary with its Chinese and English label, as /vocabularies lists it. */
public record Code(String code, Label label) {}
