package org.citizenshop.domain.model.ticket;

/**
 * Why a citizen has the right to be served first (Decreto-Lei 58/2016, art. 3): a disability of
 * 60 % or more, aged 65 or more with a visible limitation, pregnancy, or a child up to two years old.
 */
public enum PriorityReason {
    DISABILITY,
    ELDERLY_WITH_LIMITATION,
    PREGNANCY,
    CHILD_UNDER_TWO
}
