package org.citizenshop.agencysim.common;

/** The answer to one submission under a key: a new decision, a replay of the stored one, or a key reused. */
public record Keyed<R>(Kind kind, R result) {

    public enum Kind {
        NEW,
        REPLAY,
        KEY_REUSED
    }
}
