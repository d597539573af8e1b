package org.citizenshop.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.ticket.Channel;

/**
 * Appointments at a shop: free slots, booking with a confirmation code, rescheduling, cancelling,
 * and the check-in at the kiosk that turns a booking into a ticket called in its slot.
 */
public interface Appointments {

    /** A checked-in appointment is called first from this long before its slot starts. */
    Duration CALL_AHEAD = Duration.ofMinutes(5);

    /** The free slots of a service at a shop on a day (none on a day the desks do not work). */
    DaySlots freeSlots(
            @NotBlank @Size(max = 30) String shop, @NotBlank @Size(max = 30) String service, @NotNull LocalDate day);

    /** The first free slot from now on, within the shop's booking horizon. */
    Optional<DaySlots.Slot> nextFree(@NotBlank @Size(max = 30) String shop, @NotBlank @Size(max = 30) String service);

    AppointmentView book(@NotNull @Valid BookingRequest request);

    AppointmentView appointment(@NotBlank @Size(max = 20) String code);

    /** Moves the booking to another free slot of the same service and shop; the code stays. */
    AppointmentView reschedule(@NotBlank @Size(max = 20) String code, @NotNull Instant start);

    AppointmentView cancel(@NotBlank @Size(max = 20) String code);

    /**
     * The citizen is at the shop: within the window the booking becomes a ticket called in its slot;
     * later than the window, a walk-in ticket; earlier, a refusal saying when to come back.
     */
    CheckIn checkIn(@NotBlank @Size(max = 20) String code, @NotNull Channel channel);

    /** The shop's bookings of a day, for its staff. */
    List<AppointmentView> ofDay(@NotBlank @Size(max = 30) String shop, @NotNull LocalDate day);

    /** What a check-in gave: the appointment (checked in or late) and the ticket to wait with. */
    record CheckIn(AppointmentView appointment, TicketView ticket, boolean late) implements java.io.Serializable {}
}
