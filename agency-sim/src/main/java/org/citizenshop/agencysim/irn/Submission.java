package org.citizenshop.agencysim.irn;

/** The answer to one submission: a new decision, a replay of the stored one, or a key reused for another body. */
record Submission(Kind kind, IrnResult result) {

    enum Kind {
        NEW,
        REPLAY,
        KEY_REUSED
    }
}
