package ai.landscape.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How a search's page is read at scale ({@link PagePlanner#search}): when to look for it by walking the sort order
 * first, and how far. Read when the service starts ({@code LANDSCAPE_SEARCH_WALK_ROWS}, {@code
 * LANDSCAPE_SEARCH_WALK_FROM_MATCHES}).
 */
@ConfigMapping(prefix = "landscape.search")
public interface SearchPlanConfig {

    /** Up to how many rows of the sort order a walk reads before the page is read from every match instead; 0: never. */
    @WithDefault("25000")
    long walkRows();

    /** From how many matches a walk is tried: fewer are read and sorted at once, wherever they are. */
    @WithDefault("2000")
    long walkFromMatches();
}
