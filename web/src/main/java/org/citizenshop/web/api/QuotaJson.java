package org.citizenshop.web.api;

import java.util.Locale;
import org.citizenshop.application.QuotaState;

/** A daily quota and the places left today. */
public record QuotaJson(
        String scope,
        String name,
        int walkIn,
        int appointments,
        int priority,
        long walkInLeft,
        long appointmentsLeft,
        long priorityLeft) {

    static QuotaJson of(QuotaState quota, Locale locale) {
        return new QuotaJson(
                quota.scope(),
                quota.name().in(locale),
                quota.walkIn(),
                quota.appointments(),
                quota.priority(),
                quota.walkInLeft(),
                quota.appointmentsLeft(),
                quota.priorityLeft());
    }
}
