package org.citizenshop.web.api;

import java.time.Instant;
import java.util.Locale;
import org.citizenshop.application.CalledTicket;

/** The ticket a desk has just called. */
public record CalledTicketJson(
        long id,
        String number,
        String shop,
        String service,
        String serviceName,
        String priority,
        String channel,
        String desk,
        int deskNumber,
        Instant issuedAt,
        Instant calledAt,
        long waitedMinutes) {

    static CalledTicketJson of(CalledTicket ticket, Locale locale) {
        return new CalledTicketJson(
                ticket.id(),
                ticket.number(),
                ticket.shop(),
                ticket.service(),
                ticket.serviceName().in(locale),
                ticket.priorityReason(),
                ticket.channel(),
                ticket.desk(),
                ticket.deskNumber(),
                ticket.issuedAt(),
                ticket.calledAt(),
                ticket.waitedMinutes());
    }
}
