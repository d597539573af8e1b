package org.citizenshop.domain.model.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.Shop;

public interface AppointmentRepository {

    void add(Appointment appointment);

    Optional<Appointment> find(AppointmentCode code);

    /** The appointment, locked until the transaction ends (check-in, reschedule, cancel). */
    Optional<Appointment> findForUpdate(AppointmentCode code);

    /** Desk time the bookings of the day hold on these desks. */
    List<SlotPlanner.Held> held(Collection<Long> deskIds, LocalDate day);

    /** Whether a booking other than {@code except} holds some of this desk's time in the interval. */
    boolean deskTaken(Desk desk, Instant start, Instant end, Appointment except);

    /** The booking a ticket was issued for at check-in. */
    Optional<Appointment> ofTicket(org.citizenshop.domain.model.ticket.Ticket ticket);

    /** The shop's bookings of a day, in slot order. */
    List<Appointment> ofDay(Shop shop, LocalDate day);
}
