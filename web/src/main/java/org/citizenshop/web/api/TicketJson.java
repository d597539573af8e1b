package org.citizenshop.web.api;

import java.time.Instant;
import java.util.Locale;
import org.citizenshop.application.IssuedTicket;

/** A ticket as the API returns it; names in the caller's language. */
public record TicketJson(
        long id,
        String number,
        String shop,
        String queue,
        String queueName,
        String service,
        String serviceName,
        String priority,
        long position,
        long peopleAhead,
        long estimatedWaitMinutes,
        long openDesks,
        Instant issuedAt) {

    static TicketJson of(IssuedTicket ticket, Locale locale) {
        return new TicketJson(
                ticket.id(),
                ticket.number(),
                ticket.shop(),
                ticket.queue(),
                ticket.queueName().in(locale),
                ticket.service(),
                ticket.serviceName().in(locale),
                ticket.priorityReason(),
                ticket.peopleAhead() + 1,
                ticket.peopleAhead(),
                ticket.estimatedWaitMinutes(),
                ticket.openDesks(),
                ticket.issuedAt());
    }
}
