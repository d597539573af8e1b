package org.citizenshop.domain.model.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.Fixtures;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketSeries;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    private static final Duration EARLY = Duration.ofMinutes(30);
    private static final Duration LATE = Duration.ofMinutes(10);

    private final Fixtures floor = new Fixtures();
    private final Instant start = Fixtures.MORNING.plus(Duration.ofHours(2));
    private final Slot slot = new Slot(start, start.plus(Duration.ofMinutes(20)), List.of(1L));

    private Appointment booked(Set<AssistanceNeed> needs, String language) {
        return new Appointment(
                floor.shop, floor.citizenCard, floor.desk, slot, needs, language, Channel.WEB, Fixtures.MORNING);
    }

    private Ticket appointmentTicket() {
        return new TicketSeries(null, LocalDate.of(2026, 11, 27), 'A')
                .issue(
                        floor.registryQueue,
                        List.of(floor.citizenCard),
                        null,
                        Channel.APPOINTMENT,
                        null,
                        start.minus(Duration.ofMinutes(5)));
    }

    @Test
    void aBookingHasACode_itsSlot_andTheAssistanceAskedFor() {
        Appointment appointment = booked(Set.of(AssistanceNeed.WHEELCHAIR_ACCESS), null);

        assertThat(appointment.code().value()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(appointment.startsAt()).isEqualTo(start);
        assertThat(appointment.serviceDay()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(appointment.needs()).containsExactly(AssistanceNeed.WHEELCHAIR_ACCESS);
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void aLanguageInterpreter_needsTheLanguage() {
        assertThatThrownBy(() -> booked(Set.of(AssistanceNeed.LANGUAGE_INTERPRETER), " "))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("appointment.language");
        assertThat(booked(Set.of(AssistanceNeed.LANGUAGE_INTERPRETER), "uk").interpreterLanguage())
                .contains("uk");
        assertThat(booked(Set.of(), "uk").interpreterLanguage()).isEmpty();
    }

    @Test
    void aSlotThatHasBegunCannotBeBooked() {
        assertThatThrownBy(() -> new Appointment(
                        floor.shop, floor.citizenCard, floor.desk, slot, Set.of(), null, Channel.WEB, start))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("appointment.past");
    }

    @Test
    void theCheckInWindow_runsFromEarlyBeforeTheStartToLateAfterIt() {
        Appointment appointment = booked(Set.of(), null);

        assertThat(appointment.timing(start.minus(Duration.ofMinutes(31)), EARLY, LATE))
                .isEqualTo(CheckInTiming.TOO_EARLY);
        assertThat(appointment.timing(start.minus(EARLY), EARLY, LATE)).isEqualTo(CheckInTiming.ON_TIME);
        assertThat(appointment.timing(start.plus(LATE), EARLY, LATE)).isEqualTo(CheckInTiming.ON_TIME);
        assertThat(appointment.timing(start.plus(LATE).plusSeconds(1), EARLY, LATE))
                .isEqualTo(CheckInTiming.LATE);
    }

    @Test
    void checkedInOnTime_theTicketIsCalledInTheSlot() {
        Appointment appointment = booked(Set.of(), null);
        Ticket ticket = appointmentTicket();
        ticket.holdsAppointmentAt(appointment.startsAt());

        appointment.checkedIn(ticket, CheckInTiming.ON_TIME);

        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(appointment.ticket()).contains(ticket);
        assertThat(ticket.appointmentAt()).contains(start);
        assertThatThrownBy(appointment::cancel).isInstanceOf(ConflictException.class);
    }

    @Test
    void checkedInLate_theAppointmentNoLongerHoldsItsSlot() {
        Appointment appointment = booked(Set.of(), null);

        appointment.checkedIn(appointmentTicket(), CheckInTiming.LATE);

        assertThat(appointment.status()).isEqualTo(AppointmentStatus.LATE);
        assertThat(appointment.status().holdsItsSlot()).isFalse();
    }

    @Test
    void aCancelledBooking_cannotBeCheckedIn_rescheduled_orCancelledAgain() {
        Appointment appointment = booked(Set.of(), null);
        appointment.cancel();

        assertThat(appointment.status().holdsItsSlot()).isFalse();
        assertThatThrownBy(() -> appointment.timing(start, EARLY, LATE)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> appointment.reschedule(floor.desk, slot, Fixtures.MORNING))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(appointment::cancel).isInstanceOf(ConflictException.class);
    }

    @Test
    void rescheduling_keepsTheCode() {
        Appointment appointment = booked(Set.of(), null);
        String code = appointment.code().value();
        Instant later = start.plus(Duration.ofHours(3));

        appointment.reschedule(floor.desk, new Slot(later, later.plus(Duration.ofMinutes(20)), List.of(1L)), start);

        assertThat(appointment.code().value()).isEqualTo(code);
        assertThat(appointment.startsAt()).isEqualTo(later);
    }

    @Test
    void aBookingNobodyCameTo_isMissedWhenTheDayCloses_butACheckedInOneIsNot() {
        Appointment nobody = booked(Set.of(), null);
        Appointment came = booked(Set.of(), null);
        came.checkedIn(appointmentTicket(), CheckInTiming.ON_TIME);

        nobody.missed();
        came.missed();

        assertThat(nobody.status()).isEqualTo(AppointmentStatus.MISSED);
        assertThat(came.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    }

    @Test
    void onlyAWaitingAppointmentTicket_isCalledInASlot() {
        Ticket walkIn = new TicketSeries(null, LocalDate.of(2026, 11, 27), 'A')
                .issue(floor.registryQueue, List.of(floor.citizenCard), null, Channel.KIOSK, null, Fixtures.MORNING);

        assertThatThrownBy(() -> walkIn.holdsAppointmentAt(start)).isInstanceOf(IllegalStateException.class);
    }
}
