package ai.landscape.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Chinese and English label of a code. */
public record Label(@Schema(nullable = true) String zh, String en) {}
