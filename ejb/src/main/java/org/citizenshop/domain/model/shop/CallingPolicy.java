package org.citizenshop.domain.model.shop;

/**
 * How a shop interleaves legal priority with the normal queue (DL 58/2016 puts priority first, but a
 * steady stream of priority tickets must not starve everyone else): a desk calls at most
 * {@code priorityBurst} priority tickets in a row while normal tickets wait, then one normal ticket.
 * Within each kind, the longest wait goes first.
 */
public record CallingPolicy(int priorityBurst, int recallsBeforeNoShow) {

    public CallingPolicy {
        if (priorityBurst < 1) {
            throw new IllegalArgumentException("priority goes first at least once in a row");
        }
        if (recallsBeforeNoShow < 0) {
            throw new IllegalArgumentException("recalls cannot be negative");
        }
    }

    /** Whether the desk's next call should be a priority ticket, if one waits. */
    public boolean priorityFirst(int priorityCallsInARow) {
        return priorityCallsInARow < priorityBurst;
    }
}
