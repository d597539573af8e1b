package org.citizenshop.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * How each agency's deliveries go, from the tasks of the last 24 hours: what is queued (and of it, what
 * is retrying: a delivery of it failed and it waits to be tried again), sent,
 * completed, rejected, failed (the dead letters), how long completed ones took, the last error,
 * and a state the desk shows: UP, SLOW (tasks wait over a minute to be taken) or DOWN (deliveries
 * fail and none succeeded since). Also the agency's rate limit (deliveries per second; null when
 * the integration layer is not there) and how many deliveries it held back since the server started.
 */
public interface IntegrationHealth {

    record AgencyHealth(
            String agency,
            String state,
            long queued,
            long retrying,
            long sent,
            long completed,
            long rejected,
            long failed,
            Long latencyP50Ms,
            Long latencyP95Ms,
            Instant oldestQueued,
            String lastError,
            Instant lastErrorAt,
            String circuit,
            Integer ratePerSecond,
            long heldBack)
            implements Serializable {}

    List<AgencyHealth> agencies();

    /** An agency's state as the desk shows it: UP, SLOW or DOWN, as in {@link AgencyHealth#state()}. */
    record AgencyState(String agency, String state) implements Serializable {}

    /**
     * Each agency's state alone, for the desk's case page, which asks every two seconds: from the
     * tasks that wait for delivery or failed (few) and those completed in the last two minutes, without
     * the 24 hours of tasks {@link #agencies()} reads.
     */
    List<AgencyState> states();

    /** A step not done yet whose SLA deadline is near (its last fifth) or past: a warning, then an escalation. */
    record LateTask(String caseReference, String service, String agency, String status, String standing, Instant dueAt)
            implements Serializable {}

    /** The late steps, overdue first, then those due soonest: every agency's for a supervisor, his own for an administrator. */
    List<LateTask> lateTasks();
}
