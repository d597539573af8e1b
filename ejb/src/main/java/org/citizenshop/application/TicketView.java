package org.citizenshop.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;

/**
 * A ticket as everyone sees it: the citizen (kiosk, digital ticket), the clerk and the API. Desk
 * fields are null while the ticket waits; the wait fields are zero once it is at a desk or done.
 * Nothing personal: a ticket carries no identity. The access code and the alert are filled in only
 * for whoever holds the ticket (who took it, or opened its own page); the booking of a checked-in
 * appointment for the holder and the clerks.
 */
public record TicketView(
        long id,
        String number,
        String shop,
        String status,
        String service,
        LocalizedText serviceName,
        String queue,
        LocalizedText queueName,
        String priorityReason,
        String channel,
        Instant issuedAt,
        Instant calledAt,
        String desk,
        Integer deskNumber,
        int recalls,
        long peopleAhead,
        long estimatedWaitMinutes,
        long openDesks,
        List<Step> steps,
        String accessCode,
        Alert alert,
        Booking booking)
        implements Serializable {

    /**
     * The appointment a ticket was checked in for: its slot and the assistance asked for. Shown to
     * the clerk and to the holder, never publicly (assistance needs are personal data).
     */
    public record Booking(
            String code,
            Instant startsAt,
            java.time.LocalTime localStart,
            List<String> needs,
            String interpreterLanguage)
            implements Serializable {}

    /** The holder's alert: how, to a masked contact, how many tickets ahead, and where it stands. */
    public record Alert(String channel, String contact, int threshold, String status) implements Serializable {}

    /** One service of the visit and where it stands. */
    public record Step(String service, LocalizedText name, String status) implements Serializable {}

    public boolean waiting() {
        return "WAITING".equals(status);
    }

    public boolean inService() {
        return "IN_SERVICE".equals(status);
    }
}
