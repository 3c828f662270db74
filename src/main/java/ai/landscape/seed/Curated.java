package ai.landscape.seed;

/** A curation entry, keyed by the 1-based row of its table. */
public interface Curated {

    int row();
}
