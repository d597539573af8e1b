package org.citizenshop.application;

import java.util.List;

/** The catalogue as the public reads it, and the "search first" service finder. */
public interface ServiceFinder {

    /** Longest text the finder reads; a longer one is refused (it is not a search any more). */
    int MAX_QUERY_LENGTH = 100;

    /**
     * Services and life events matching what was typed so far, best first. {@code language} is "pt"
     * or "en"; {@code shop} (optional) says whether that shop can do each.
     */
    List<FinderHit> search(String typed, String language, String shop, int limit);

    List<CatalogueServiceView> services();

    List<LifeEventView> lifeEvents();

    LifeEventView lifeEvent(String code);

    /** Reads the catalogue again into the finder (after an agency changed it). */
    void reindex();
}
