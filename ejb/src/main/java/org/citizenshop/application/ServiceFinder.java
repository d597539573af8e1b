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

    /** What a form check found: each field's problem, and the steps that would run. */
    record FormCheck(List<FieldProblem> problems, List<String> steps) implements java.io.Serializable {}

    /** A field's problem: its key, and the refusal (message key and arguments) to translate. */
    record FieldProblem(String field, String messageKey, List<Object> arguments) implements java.io.Serializable {}

    /**
     * Checks a citizen's form for a life event before anything is submitted: every field of the
     * steps he goes through (the required ones, the optional ones he chose, less those whose
     * condition his data does not meet) by its type, and his choice of optional steps.
     */
    FormCheck checkForm(String lifeEvent, java.util.Set<String> chosen, java.util.Map<String, String> data);

    /** Reads the catalogue again into the finder (after an agency changed it). */
    void reindex();
}
