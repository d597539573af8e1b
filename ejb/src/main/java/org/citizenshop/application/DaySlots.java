package org.citizenshop.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;

/** A service's free appointment slots at a shop on one day; times also in the shop's own time zone. */
public record DaySlots(
        String shop, String service, LocalizedText serviceName, LocalDate day, String timeZone, List<Slot> slots)
        implements Serializable {

    public record Slot(Instant start, Instant end, LocalDate day, LocalTime localStart, LocalTime localEnd)
            implements Serializable {}
}
