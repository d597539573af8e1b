package org.citizenshop.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.citizenshop.application.TicketView;

/**
 * A ticket as the API returns it, names in the caller's language: its status, and while it waits its
 * position in the queue and the estimated wait; at a desk, which one. The access code (the key to
 * the ticket's own page) and the alert are there only for whoever took the ticket or holds its code.
 */
public record TicketJson(
        long id,
        String number,
        String shop,
        String status,
        String service,
        String serviceName,
        String queue,
        String queueName,
        String priority,
        String channel,
        Instant issuedAt,
        Instant calledAt,
        String desk,
        Integer deskNumber,
        int recalls,
        Long position,
        long peopleAhead,
        long estimatedWaitMinutes,
        long openDesks,
        List<StepJson> steps,
        String accessCode,
        AlertJson alert,
        BookingJson appointment) {

    /** The appointment the ticket was checked in for (its holder and the clerks only). */
    public record BookingJson(
            String code,
            Instant start,
            java.time.LocalTime localStart,
            List<String> needs,
            String interpreterLanguage) {}

    /** One service of the visit. */
    public record StepJson(String service, String name, String status) {}

    /** The holder's alert; the contact is masked. */
    public record AlertJson(String channel, String contact, int threshold, String status) {}

    static TicketJson of(TicketView ticket, Locale locale) {
        return new TicketJson(
                ticket.id(),
                ticket.number(),
                ticket.shop(),
                ticket.status(),
                ticket.service(),
                ticket.serviceName().in(locale),
                ticket.queue(),
                ticket.queueName().in(locale),
                ticket.priorityReason(),
                ticket.channel(),
                ticket.issuedAt(),
                ticket.calledAt(),
                ticket.desk(),
                ticket.deskNumber(),
                ticket.recalls(),
                ticket.waiting() ? ticket.peopleAhead() + 1 : null,
                ticket.peopleAhead(),
                ticket.estimatedWaitMinutes(),
                ticket.openDesks(),
                ticket.steps().stream()
                        .map(step -> new StepJson(step.service(), step.name().in(locale), step.status()))
                        .toList(),
                ticket.accessCode(),
                ticket.alert() == null
                        ? null
                        : new AlertJson(
                                ticket.alert().channel(),
                                ticket.alert().contact(),
                                ticket.alert().threshold(),
                                ticket.alert().status()),
                ticket.booking() == null
                        ? null
                        : new BookingJson(
                                ticket.booking().code(),
                                ticket.booking().startsAt(),
                                ticket.booking().localStart(),
                                ticket.booking().needs(),
                                ticket.booking().interpreterLanguage()));
    }
}
