package org.citizenshop.domain.model.ticket;

/** The state of one service of a visit: still ahead, the one the ticket is queuing or being served for, done, dropped. */
public enum StepStatus {
    PENDING,
    CURRENT,
    DONE,
    CANCELLED
}
