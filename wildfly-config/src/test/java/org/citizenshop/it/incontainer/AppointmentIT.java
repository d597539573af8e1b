package org.citizenshop.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Assertions;
import org.citizenshop.application.AppointmentView;
import org.citizenshop.application.Appointments;
import org.citizenshop.application.BookingRequest;
import org.citizenshop.application.DayClosing;
import org.citizenshop.application.DaySlots;
import org.citizenshop.application.DeskOperations;
import org.citizenshop.application.FloorSupervision;
import org.citizenshop.application.TicketIssuing;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.application.TicketView;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.PriorityReason;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.support.AsAnonymous;
import org.citizenshop.it.support.AsFirstClerk;
import org.citizenshop.it.support.AsSupervisor;
import org.citizenshop.it.support.Caller;
import org.citizenshop.it.support.TestFloor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Appointments on PostgreSQL: slots from the desks' hours, booking (also many citizens at once for
 * one slot), the appointment quota, check-in in and out of the window, calling in the slot ahead of
 * walk-ins and priority, and the day's closing.
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                new Class<?>[] {
                    AppointmentIT.class,
                    TestFloor.class,
                    TestFloor.Floor.class,
                    Caller.class,
                    AsFirstClerk.class,
                    AsSupervisor.class,
                    AsAnonymous.class,
                    Deployments.class
                },
                Assertions.class);
    }

    @Inject
    Appointments appointments;

    @Inject
    TicketIssuing issuing;

    @Inject
    DeskOperations desks;

    @Inject
    FloorSupervision supervision;

    @Inject
    TestFloor testFloor;

    @Inject
    AsAnonymous anonymous;

    @Inject
    AsFirstClerk clerk;

    @Inject
    AsSupervisor supervisor;

    private TestFloor.Floor floor;

    @BeforeEach
    void aShopWithDeskHours() {
        floor = testFloor.createForAppointments();
    }

    /** The shop's today (its time zone is chosen so that it is mid-morning there). */
    private LocalDate shopDay() throws Exception {
        return anonymous
                .call(() -> appointments.nextFree(floor.shop(), "IRN-CC"))
                .orElseThrow()
                .day();
    }

    private DaySlots today() throws Exception {
        LocalDate day = shopDay();
        return anonymous.call(() -> appointments.freeSlots(floor.shop(), "IRN-CC", day));
    }

    private AppointmentView book(Instant start, String... needs) throws Exception {
        return anonymous.call(() ->
                appointments.book(new BookingRequest(floor.shop(), "IRN-CC", start, Set.of(needs), null, Channel.WEB)));
    }

    private Instant firstSlot() throws Exception {
        return anonymous
                .call(() -> appointments.nextFree(floor.shop(), "IRN-CC"))
                .orElseThrow()
                .start();
    }

    @Test
    void slotsComeFromTheDeskHours_andABookedSlotStaysFreeWhileTheOtherDeskIs() throws Exception {
        DaySlots day = today();
        assertThat(day.slots()).isNotEmpty();
        Instant first = day.slots().get(0).start();
        assertThat(first).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofMinutes(3)));
        assertThat(Duration.between(
                        day.slots().get(0).start(), day.slots().get(1).start()))
                .as("IRN-CC lasts its configured average")
                .isPositive();

        AppointmentView booked = book(first, "WHEELCHAIR_ACCESS");
        assertThat(booked.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(booked.needs()).containsExactly("WHEELCHAIR_ACCESS");
        assertThat(today().slots().get(0).start())
                .as("the second desk still has it")
                .isEqualTo(first);

        book(first);
        assertThat(today().slots().get(0).start()).isAfter(first);
        assertThatThrownBy(() -> book(first))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("appointment.notASlot");
    }

    @Test
    void manyCitizensBookingTheSameSlotAtOnce_getOnlyAsManyAsThereAreDesks() throws Exception {
        Instant slot = today().slots().get(3).start();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            attempts.add(pool.submit(() -> {
                try {
                    return book(slot).code();
                } catch (InvalidInputException | ConflictException refused) {
                    return "refused:" + refused.messageKey();
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> attempt : attempts) {
            outcomes.add(attempt.get());
        }
        pool.shutdown();

        assertThat(outcomes.stream().filter(o -> !o.startsWith("refused:"))).hasSize(2);
        assertThat(outcomes.stream().filter(o -> o.startsWith("refused:")))
                .hasSize(10)
                .allMatch(o -> o.equals("refused:appointment.notASlot") || o.equals("refused:appointment.slotTaken"));
        LocalDate day = shopDay();
        assertThat(supervisor.call(() -> appointments.ofDay(floor.shop(), day)).stream()
                        .filter(a -> a.startsAt().equals(slot))
                        .map(AppointmentView::code)
                        .distinct())
                .hasSize(2);
    }

    @Test
    void theAppointmentShareOfAQuota_limitsBookings_andACancellationGivesThePlaceBack() throws Exception {
        testFloor.quota(floor.shop(), "IRN", 50, 1, 10);
        List<DaySlots.Slot> slots = today().slots();
        AppointmentView first = book(slots.get(0).start());

        assertThatThrownBy(() -> book(slots.get(1).start()))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("appointment.quotaReached");

        anonymous.call(() -> appointments.cancel(first.code()));
        assertThat(book(slots.get(1).start()).status()).isEqualTo("BOOKED");
        assertThat(anonymous.call(() -> appointments.appointment(first.code())).status())
                .isEqualTo("CANCELLED");
    }

    @Test
    void checkedInOnTime_theAppointmentIsCalledFirst_aheadOfPriorityAndEarlierWalkIns() throws Exception {
        TicketView walkIn = anonymous.call(
                () -> issuing.take(TicketRequest.forService(floor.shop(), "IRN-CC", null, Channel.KIOSK, null)));
        TicketView priority = anonymous.call(() -> issuing.take(
                TicketRequest.forService(floor.shop(), "IRN-CC", PriorityReason.PREGNANCY, Channel.KIOSK, null)));
        AppointmentView booked = book(firstSlot(), "SIGN_LANGUAGE_INTERPRETER");

        Appointments.CheckIn checkIn = clerk.call(() -> appointments.checkIn(booked.code(), Channel.KIOSK));

        assertThat(checkIn.late()).isFalse();
        assertThat(checkIn.appointment().status()).isEqualTo("CHECKED_IN");
        assertThat(checkIn.ticket().channel()).isEqualTo("APPOINTMENT");
        assertThat(checkIn.ticket().number()).startsWith("A");
        TicketView called = clerk.call(() -> desks.callNext(floor.firstDesk()).orElseThrow());
        assertThat(called.number()).isEqualTo(checkIn.ticket().number());
        assertThat(called.booking().needs()).containsExactly("SIGN_LANGUAGE_INTERPRETER");
        assertThat(clerk.call(() -> desks.callNext(floor.firstDesk()).orElseThrow())
                        .number())
                .isEqualTo(priority.number());
        assertThat(clerk.call(() -> desks.callNext(floor.firstDesk()).orElseThrow())
                        .number())
                .isEqualTo(walkIn.number());
        assertThatThrownBy(() -> clerk.call(() -> appointments.checkIn(booked.code(), Channel.KIOSK)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void tooEarly_isRefusedSayingWhen_andLate_getsAWalkInTicket() throws Exception {
        List<DaySlots.Slot> slots = today().slots();
        DaySlots.Slot later = slots.stream()
                .filter(slot -> slot.start().isAfter(Instant.now().plus(Duration.ofMinutes(45))))
                .findFirst()
                .orElseThrow();
        AppointmentView early = book(later.start());
        assertThatThrownBy(() -> clerk.call(() -> appointments.checkIn(early.code(), Channel.KIOSK)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("appointment.tooEarly");
        assertThat(anonymous.call(() -> appointments.appointment(early.code())).status())
                .isEqualTo("BOOKED");

        AppointmentView missedTheSlot = book(slots.get(0).start());
        testFloor.backdate(missedTheSlot.code(), Duration.ofMinutes(40));
        Appointments.CheckIn late = clerk.call(() -> appointments.checkIn(missedTheSlot.code(), Channel.KIOSK));

        assertThat(late.late()).isTrue();
        assertThat(late.appointment().status()).isEqualTo("LATE");
        assertThat(late.ticket().channel()).isEqualTo("KIOSK");
        assertThat(late.ticket().status()).isEqualTo("WAITING");
    }

    @Test
    void rescheduling_keepsTheCode_freesTheOldSlot_andUnknownCodesAreNotFound() throws Exception {
        List<DaySlots.Slot> slots = today().slots();
        AppointmentView booked = book(slots.get(0).start());
        book(slots.get(0).start());

        AppointmentView moved = anonymous.call(() -> appointments.reschedule(
                booked.code().toLowerCase(), slots.get(2).start()));

        assertThat(moved.code()).isEqualTo(booked.code());
        assertThat(moved.startsAt()).isEqualTo(slots.get(2).start());
        assertThat(today().slots().get(0).start()).isEqualTo(slots.get(0).start());
        assertThatThrownBy(() -> anonymous.call(() -> appointments.appointment("ABCD-EFGH")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> anonymous.call(() -> appointments.appointment("not a code")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void closingTheDay_marksTheBookingsNobodyCameTo() throws Exception {
        book(firstSlot());
        AppointmentView came = book(firstSlot());
        clerk.call(() -> appointments.checkIn(came.code(), Channel.KIOSK));

        DayClosing closing = supervisor.call(() -> supervision.closeDay(floor.shop()));

        assertThat(closing.missedAppointments()).isEqualTo(1);
    }
}
