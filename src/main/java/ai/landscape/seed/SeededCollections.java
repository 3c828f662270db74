package ai.landscape.seed;

import java.util.List;

/**
 * The declared collections, in the order of the API. A CDI bean of the layer above implements it from the
 * declarations of the feature packages, so that this layer knows every collection and imports none.
 */
public interface SeededCollections {

    List<? extends SeededCollection> seeded();
}
