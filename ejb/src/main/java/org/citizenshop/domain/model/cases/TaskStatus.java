package org.citizenshop.domain.model.cases;

/**
 * Where a case's task stands. A pending task waits for the steps it depends on, or (once handed
 * off) for its agency to take it; the last four states are final.
 */
public enum TaskStatus {
    PENDING,
    SENT,
    ACKNOWLEDGED,
    COMPLETED,
    REJECTED,
    FAILED,
    CANCELLED;

    /** Nothing the agency says any more changes a task in a final state. */
    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED;
    }
}
