package org.citizenshop.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;

/**
 * A booking as its holder (who has the code) and the shop's staff see it: when, where, for what,
 * the assistance asked for, from when it can be checked in, and its ticket once checked in.
 */
public record AppointmentView(
        String code,
        String shop,
        String shopName,
        String service,
        LocalizedText serviceName,
        Instant startsAt,
        Instant endsAt,
        LocalDate day,
        LocalTime localStart,
        LocalTime localEnd,
        String timeZone,
        String status,
        List<String> needs,
        String interpreterLanguage,
        Instant checkInFrom,
        Instant checkInUntil,
        String ticketNumber,
        String ticketAccessCode)
        implements Serializable {

    public boolean booked() {
        return "BOOKED".equals(status);
    }
}
