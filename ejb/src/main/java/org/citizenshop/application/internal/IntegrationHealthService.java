package org.citizenshop.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citizenshop.application.IntegrationHealth;
import org.citizenshop.application.Roles;
import org.citizenshop.application.port.AgencyRateLimits;
import org.citizenshop.domain.model.cases.TaskStatus;

@Stateless
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.AGENCY_ADMIN})
public class IntegrationHealthService implements IntegrationHealth {

    static final Duration WINDOW = Duration.ofHours(24);
    static final Duration SLOW_AFTER = Duration.ofMinutes(1);
    static final Duration RECENT = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "citizen-shop")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AgencyEditors editors;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext session;

    static final int LATE_LIMIT = 2000;

    @Inject
    jakarta.enterprise.inject.Instance<org.citizenshop.application.port.AgencyCircuits> circuits;

    @Inject
    jakarta.enterprise.inject.Instance<AgencyRateLimits> rateLimits;

    private static final class Tally {
        final Map<TaskStatus, Long> byStatus = new HashMap<>();
        long queued;
        long retrying;
        Instant oldestQueued;
        final List<Long> latencies = new ArrayList<>();
        String lastError;
        Instant lastErrorAt;
    }

    @Override
    public List<AgencyHealth> agencies() {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        Map<String, Tally> tallies = new TreeMap<>();
        agencyCodes().forEach(code -> tallies.put(code, new Tally()));
        for (Object[] row : em.createQuery(
                        "select a.code, t.status, count(t) from CaseTask t join t.service s join s.agency a"
                                + " where t.updatedAt >= :since group by a.code, t.status",
                        Object[].class)
                .setParameter("since", since)
                .getResultList()) {
            tallies.computeIfAbsent(String.valueOf(row[0]), code -> new Tally())
                    .byStatus
                    .put((TaskStatus) row[1], ((Number) row[2]).longValue());
        }
        for (Object[] row : queued()) {
            Tally tally = tallies.computeIfAbsent(String.valueOf(row[0]), code -> new Tally());
            tally.queued = ((Number) row[1]).longValue();
            tally.oldestQueued = (Instant) row[2];
            tally.retrying = ((Number) row[3]).longValue();
        }
        for (Object[] row : em.createQuery(
                        "select a.code, t.handedOffAt, t.finishedAt from CaseTask t join t.service s join s.agency a"
                                + " where t.status = :completed and t.finishedAt >= :since and t.handedOffAt is not null",
                        Object[].class)
                .setParameter("completed", TaskStatus.COMPLETED)
                .setParameter("since", since)
                .setMaxResults(20_000)
                .getResultList()) {
            tallies.computeIfAbsent(String.valueOf(row[0]), code -> new Tally())
                    .latencies
                    .add(Duration.between((Instant) row[1], (Instant) row[2]).toMillis());
        }
        for (Object[] row : em.createQuery(
                        "select a.code, t.lastError, t.updatedAt from CaseTask t join t.service s join s.agency a"
                                + " where t.lastError is not null and t.updatedAt >= :since order by t.updatedAt desc",
                        Object[].class)
                .setParameter("since", since)
                .setMaxResults(200)
                .getResultList()) {
            Tally tally = tallies.computeIfAbsent(String.valueOf(row[0]), code -> new Tally());
            if (tally.lastErrorAt == null) {
                tally.lastError = (String) row[1];
                tally.lastErrorAt = (Instant) row[2];
            }
        }
        Map<String, String> circuitStates = circuitStates();
        Map<String, Instant> oldestQueued = new HashMap<>();
        tallies.forEach((agency, tally) -> oldestQueued.put(agency, tally.oldestQueued));
        Map<String, String> states = statesOf(oldestQueued);
        AgencyRateLimits limits = rateLimits.isResolvable() ? rateLimits.get() : null;
        List<AgencyHealth> health = new ArrayList<>();
        tallies.forEach((agency, tally) -> health.add(health(
                agency,
                tally,
                states.getOrDefault(agency, "UP"),
                circuitStates.getOrDefault(agency, "CLOSED"),
                limits == null ? null : limits.of(agency))));
        return health;
    }

    private List<String> agencyCodes() {
        return em.createQuery("select a.code from Agency a", Object.class).getResultList().stream()
                .map(String::valueOf)
                .toList();
    }

    /**
     * Per agency: its code, how many tasks wait for delivery, since when the oldest has waited, and how many of them
     * wait to be tried again after a failed delivery.
     */
    private List<Object[]> queued() {
        return em.createQuery(
                        "select a.code, count(t), min(t.handedOffAt), sum(case when t.failedAttempts > 0 then 1 else 0 end)"
                                + " from CaseTask t join t.service s join s.agency a"
                                + " where t.status = :pending and t.handedOffAt is not null group by a.code",
                        Object[].class)
                .setParameter("pending", TaskStatus.PENDING)
                .getResultList();
    }

    private Map<String, String> circuitStates() {
        return circuits.isResolvable() ? circuits.get().states() : Map.of();
    }

    @Override
    public List<AgencyState> states() {
        Map<String, Instant> oldestQueued = new TreeMap<>();
        agencyCodes().forEach(code -> oldestQueued.put(code, null));
        for (Object[] row : queued()) {
            oldestQueued.put(String.valueOf(row[0]), (Instant) row[2]);
        }
        List<AgencyState> states = new ArrayList<>();
        statesOf(oldestQueued).forEach((agency, state) -> states.add(new AgencyState(agency, state)));
        return states;
    }

    /**
     * The state of each agency of {@code oldestQueued} (since when its oldest queued task has waited, or null), from
     * its tasks that failed and that completed in the last two minutes, and its circuit.
     */
    private Map<String, String> statesOf(Map<String, Instant> oldestQueued) {
        Instant now = clock.instant();
        Instant recent = now.minus(RECENT);
        Map<String, Instant> lastErrorAt = new HashMap<>();
        // An error on a task still on its way or failed (a rejection is the agency's answer, not a failure).
        for (Object[] row : em.createQuery(
                        "select a.code, max(t.updatedAt) from CaseTask t join t.service s join s.agency a"
                                + " where t.status in :delivering and t.lastError is not null and t.updatedAt >= :recent"
                                + " group by a.code",
                        Object[].class)
                .setParameter(
                        "delivering",
                        List.of(TaskStatus.PENDING, TaskStatus.SENT, TaskStatus.ACKNOWLEDGED, TaskStatus.FAILED))
                .setParameter("recent", recent)
                .getResultList()) {
            lastErrorAt.put(String.valueOf(row[0]), (Instant) row[1]);
        }
        Map<String, Instant> lastSuccessAt = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select a.code, max(t.finishedAt) from CaseTask t join t.service s join s.agency a"
                                + " where t.finishedAt >= :recent and t.status = :completed group by a.code",
                        Object[].class)
                .setParameter("recent", recent)
                .setParameter("completed", TaskStatus.COMPLETED)
                .getResultList()) {
            lastSuccessAt.put(String.valueOf(row[0]), (Instant) row[1]);
        }
        Map<String, String> circuitStates = circuitStates();
        Map<String, String> states = new TreeMap<>();
        oldestQueued.forEach((agency, oldest) -> states.put(
                agency,
                state(
                        now,
                        lastErrorAt.get(agency),
                        lastSuccessAt.get(agency),
                        oldest,
                        circuitStates.getOrDefault(agency, "CLOSED"))));
        return states;
    }

    /**
     * DOWN while deliveries fail (an error in the last two minutes and no success since) or the
     * agency's circuit is open; SLOW when a task has waited over a minute to be taken; else UP.
     */
    static String state(Instant now, Instant lastErrorAt, Instant lastSuccessAt, Instant oldestQueued, String circuit) {
        boolean failingNow = lastErrorAt != null
                && lastErrorAt.isAfter(now.minus(RECENT))
                && (lastSuccessAt == null || lastSuccessAt.isBefore(lastErrorAt));
        boolean slow = oldestQueued != null && oldestQueued.isBefore(now.minus(SLOW_AFTER));
        return failingNow || "OPEN".equals(circuit) ? "DOWN" : slow ? "SLOW" : "UP";
    }

    private static AgencyHealth health(
            String agency, Tally tally, String state, String circuit, AgencyRateLimits.RateLimit limit) {
        List<Long> sorted = tally.latencies.stream().sorted().toList();
        return new AgencyHealth(
                agency,
                state,
                tally.queued,
                tally.retrying,
                tally.byStatus.getOrDefault(TaskStatus.SENT, 0L)
                        + tally.byStatus.getOrDefault(TaskStatus.ACKNOWLEDGED, 0L),
                tally.byStatus.getOrDefault(TaskStatus.COMPLETED, 0L),
                tally.byStatus.getOrDefault(TaskStatus.REJECTED, 0L),
                tally.byStatus.getOrDefault(TaskStatus.FAILED, 0L),
                percentile(sorted, 50),
                percentile(sorted, 95),
                tally.oldestQueued,
                tally.lastError,
                tally.lastErrorAt,
                circuit,
                limit == null ? null : limit.perSecond(),
                limit == null ? 0 : limit.heldBack());
    }

    @Override
    @RolesAllowed({Roles.SUPERVISOR, Roles.AGENCY_ADMIN})
    public List<LateTask> lateTasks() {
        Instant now = clock.instant();
        String agency = session.isCallerInRole(Roles.SUPERVISOR)
                ? null
                : editors.of(session.getCallerPrincipal().getName())
                        .agency()
                        .code()
                        .value();
        List<LateTask> late = new ArrayList<>();
        for (org.citizenshop.domain.model.cases.CaseTask task : em.createQuery(
                        "select t from CaseTask t join fetch t.citizenCase join fetch t.service"
                                + " where t.status in :open and t.dueAt is not null order by t.dueAt",
                        org.citizenshop.domain.model.cases.CaseTask.class)
                .setParameter(
                        "open",
                        List.of(TaskStatus.PENDING, TaskStatus.SENT, TaskStatus.ACKNOWLEDGED, TaskStatus.FAILED))
                .setMaxResults(LATE_LIMIT)
                .getResultList()) {
            String owner = task.service().agency().code().value();
            String standing = task.standing(now).map(Enum::name).orElse("ON_TIME");
            if ((agency == null || agency.equals(owner)) && !"ON_TIME".equals(standing)) {
                late.add(new LateTask(
                        task.citizenCase().reference().value(),
                        task.serviceCode(),
                        owner,
                        task.status().name(),
                        standing,
                        task.dueAt().orElse(null)));
            }
        }
        return late;
    }

    /** The nearest-rank percentile; null without data. */
    static Long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
