package org.citizenshop.agencysim.common;

/**
 * One agency's behaviour switches as an agency sees them, for the work that no HTTP request starts (a batch run), so
 * that it can misbehave like the agency's endpoints do.
 */
public interface BehaviourView {

    boolean down();

    long latencyMs();

    /** Rolls the failure dice once: true for the share of calls that should fail. Never rolls at a share of 0. */
    boolean failsNow();
}
