package org.citizenshop.domain.model.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citizenshop.domain.model.shop.OpeningHours;

/**
 * Cuts a day into appointment slots of a service: each desk that serves it offers its working hours
 * in steps of the service's average duration, minus the time its bookings already hold. A slot is
 * free while at least one desk is; the desks are offered in the order given.
 */
public final class SlotPlanner {

    /** A desk serving the service, with its working hours. */
    public record DeskTime(long desk, List<OpeningHours> hours) {}

    /** Desk time a booking holds. */
    public record Held(long desk, Instant start, Instant end) {}

    private SlotPlanner() {}

    public static List<Slot> freeSlots(
            LocalDate day, ZoneId zone, Duration length, List<DeskTime> desks, List<Held> held, Instant notBefore) {
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("a slot lasts some time");
        }
        Map<Instant, List<Long>> free = new TreeMap<>();
        Map<Instant, Instant> ends = new TreeMap<>();
        for (DeskTime desk : desks) {
            for (OpeningHours hours : desk.hours()) {
                if (hours.day() != day.getDayOfWeek()) {
                    continue;
                }
                LocalTime from = hours.opens();
                while (!from.plus(length).isAfter(hours.closes())
                        && !from.plus(length).isBefore(from)) {
                    Instant start = day.atTime(from).atZone(zone).toInstant();
                    Instant end = start.plus(length);
                    if (start.isAfter(notBefore) && isFree(desk.desk(), start, end, held)) {
                        free.computeIfAbsent(start, s -> new ArrayList<>()).add(desk.desk());
                        ends.put(start, end);
                    }
                    from = from.plus(length);
                    if (from.equals(LocalTime.MIDNIGHT)) {
                        break;
                    }
                }
            }
        }
        List<Slot> slots = new ArrayList<>();
        free.forEach((start, deskIds) -> slots.add(new Slot(start, ends.get(start), deskIds)));
        return slots;
    }

    private static boolean isFree(long desk, Instant start, Instant end, List<Held> held) {
        return held.stream()
                .noneMatch(booking ->
                        booking.desk() == desk && booking.start().isBefore(end) && start.isBefore(booking.end()));
    }
}
