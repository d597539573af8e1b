package org.citizenshop.application.port;

import java.util.List;

/**
 * The service finder's full-text index over services and life events: accent- and typo-tolerant,
 * Portuguese and English, answering from the first letters typed.
 */
public interface CatalogueSearch {

    /** What is indexed of one service or life event: its code, names and the words citizens use. */
    record Entry(Kind kind, String code, String namePt, String nameEn, String wordsPt, String wordsEn) {}

    enum Kind {
        SERVICE,
        LIFE_EVENT
    }

    /** A match, best first. */
    record Match(Kind kind, String code, float score) {}

    /** Replaces the whole index with these entries. */
    void replaceAll(List<Entry> entries);

    /** Whether anything was indexed yet. */
    boolean isEmpty();

    /**
     * The best matches for what the user typed so far (the last word may be unfinished); the
     * language ("pt" or "en") weighs its own fields more, the other language still matches.
     */
    List<Match> search(String typed, String language, int limit);
}
