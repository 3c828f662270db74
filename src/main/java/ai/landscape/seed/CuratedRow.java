package ai.landscape.seed;

/** A table row together with its curation entry. */
public record CuratedRow<C extends Curated>(TableRow row, C curation) {}
