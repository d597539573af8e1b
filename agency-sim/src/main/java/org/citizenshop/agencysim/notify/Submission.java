package org.citizenshop.agencysim.notify;

/** The answer to one submission: a new decision, a replay of the stored one, or a key reused for another request. */
record Submission(Kind kind, NotifyResult result) {

    enum Kind {
        NEW,
        REPLAY,
        KEY_REUSED
    }
}
