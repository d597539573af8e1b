package org.citizenshop.domain.model.quota;

/**
 * The tickets of a day that count against a quota (cancelled and no-show tickets do not), by kind.
 * Priority tickets beyond the priority share are counted against the walk-in share.
 */
public record QuotaUsage(long walkIn, long priority, long appointments) {

    /** Places left of each share, never below zero. */
    public record Left(long walkIn, long priority, long appointments) {}

    /**
     * The usage once one more ticket taken at the counter (not checked in for an appointment) is
     * counted: what counting the day's tickets again would give after it is stored.
     */
    public QuotaUsage plusTicket(boolean priorityTicket) {
        return priorityTicket
                ? new QuotaUsage(walkIn, priority + 1, appointments)
                : new QuotaUsage(walkIn + 1, priority, appointments);
    }

    public Left left(DailyQuota quota) {
        long priorityOverflow = Math.max(0, priority - quota.priority());
        return new Left(
                Math.max(0, quota.walkIn() - walkIn - priorityOverflow),
                Math.max(0, quota.priority() - priority),
                Math.max(0, quota.appointments() - appointments));
    }
}
