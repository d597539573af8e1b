package org.citizenshop.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.citizenshop.application.AppointmentView;
import org.citizenshop.application.DaySlots;

/** An appointment as the API returns it: times as instants and in the shop's local time. */
public record AppointmentJson(
        String code,
        String shop,
        String shopName,
        String service,
        String serviceName,
        Instant start,
        Instant end,
        LocalDate date,
        LocalTime localStart,
        LocalTime localEnd,
        String timeZone,
        String status,
        List<String> needs,
        String interpreterLanguage,
        Instant checkInFrom,
        Instant checkInUntil,
        String ticket) {

    static AppointmentJson of(AppointmentView view, Locale locale) {
        return new AppointmentJson(
                view.code(),
                view.shop(),
                view.shopName(),
                view.service(),
                view.serviceName().in(locale),
                view.startsAt(),
                view.endsAt(),
                view.day(),
                view.localStart(),
                view.localEnd(),
                view.timeZone(),
                view.status(),
                view.needs(),
                view.interpreterLanguage(),
                view.checkInFrom(),
                view.checkInUntil(),
                view.ticketNumber());
    }

    /** A free slot: book it by sending its {@code start} back. */
    public record SlotJson(Instant start, Instant end, LocalDate date, LocalTime localStart, LocalTime localEnd) {
        static SlotJson of(DaySlots.Slot slot) {
            return new SlotJson(slot.start(), slot.end(), slot.day(), slot.localStart(), slot.localEnd());
        }
    }

    /** A day's free slots of a service at a shop. */
    public record DaySlotsJson(
            String shop, String service, String serviceName, LocalDate date, String timeZone, List<SlotJson> slots) {
        static DaySlotsJson of(DaySlots day, Locale locale) {
            return new DaySlotsJson(
                    day.shop(),
                    day.service(),
                    day.serviceName().in(locale),
                    day.day(),
                    day.timeZone(),
                    day.slots().stream().map(SlotJson::of).toList());
        }
    }

    /** What a check-in gave: the appointment, the ticket to wait with, and whether it came too late for the slot. */
    public record CheckInJson(AppointmentJson appointment, TicketJson ticket, boolean late) {}
}
