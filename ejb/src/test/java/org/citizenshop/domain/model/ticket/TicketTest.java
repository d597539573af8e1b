package org.citizenshop.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.Fixtures;
import org.junit.jupiter.api.Test;

class TicketTest {

    private final Fixtures floor = new Fixtures();
    private final Instant later = Fixtures.MORNING.plusSeconds(600);

    private Ticket waitingFor(org.citizenshop.domain.model.catalogue.PublicService service) {
        return new TicketSeries(null, LocalDate.of(2026, 11, 27), 'A')
                .issue(floor.registryQueue, java.util.List.of(service), null, Channel.KIOSK, null, Fixtures.MORNING);
    }

    @Test
    void callTo_assignsTheDeskAndClerk() {
        Ticket ticket = waitingFor(floor.citizenCard);

        ticket.callTo(floor.desk, "clerk1", later);

        assertThat(ticket.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(ticket.desk()).contains(floor.desk);
        assertThat(ticket.clerk()).contains("clerk1");
        assertThat(ticket.calledAt()).contains(later);
    }

    @Test
    void callTo_aTicketAlreadyCalledIsAConflict() {
        Ticket ticket = waitingFor(floor.citizenCard);
        ticket.callTo(floor.desk, "clerk1", later);

        assertThatThrownBy(() -> ticket.callTo(floor.desk, "clerk2", later))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("ticket.notWaiting");
        assertThat(ticket.clerk()).contains("clerk1");
    }

    @Test
    void callTo_aDeskThatDoesNotServeTheServiceIsRefused() {
        Ticket ticket = waitingFor(floor.certificate);

        assertThatThrownBy(() -> ticket.callTo(floor.desk, "clerk1", later))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void complete_endsAVisitOfOneService() {
        Ticket served = waitingFor(floor.citizenCard);
        served.callTo(floor.desk, "clerk1", later);
        served.start(later.plusSeconds(30));
        served.complete(null, later.plusSeconds(300));

        assertThat(served.status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(served.finishedAt()).contains(later.plusSeconds(300));
        assertThat(served.steps()).singleElement().satisfies(step -> {
            assertThat(step.status()).isEqualTo(StepStatus.DONE);
            assertThat(step.desk()).isEqualTo("LXT-01");
            assertThat(step.startedAt()).isEqualTo(later.plusSeconds(30));
        });
    }

    @Test
    void aJourney_goesOnInTheNextQueue_withTheSameNumberAndArrival() {
        Ticket journey = new TicketSeries(null, LocalDate.of(2026, 11, 27), 'A')
                .issue(
                        floor.registryQueue,
                        java.util.List.of(floor.citizenCard, floor.taxNumber),
                        null,
                        Channel.KIOSK,
                        null,
                        Fixtures.MORNING);
        journey.callTo(floor.desk, "clerk1", later);
        assertThat(journey.nextService()).contains(floor.taxNumber);

        journey.complete(floor.taxQueue, later.plusSeconds(300));

        assertThat(journey.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(journey.queue()).isSameAs(floor.taxQueue);
        assertThat(journey.service()).isSameAs(floor.taxNumber);
        assertThat(journey.number()).hasToString("A001");
        assertThat(journey.issuedAt()).isEqualTo(Fixtures.MORNING);
        assertThat(journey.desk()).isEmpty();
        assertThat(journey.steps()).extracting(TicketStep::status).containsExactly(StepStatus.DONE, StepStatus.CURRENT);

        journey.callTo(floor.taxDesk, "clerk2", later.plusSeconds(400));
        journey.complete(null, later.plusSeconds(900));
        assertThat(journey.status()).isEqualTo(TicketStatus.COMPLETED);
    }

    @Test
    void aJourney_hasOneToTenDifferentServices() {
        TicketSeries series = new TicketSeries(null, LocalDate.of(2026, 11, 27), 'A');

        assertThatThrownBy(() -> series.issue(
                        floor.registryQueue, java.util.List.of(), null, Channel.KIOSK, null, Fixtures.MORNING))
                .isInstanceOf(org.citizenshop.domain.model.InvalidInputException.class);
        assertThatThrownBy(() -> series.issue(
                        floor.registryQueue,
                        java.util.List.of(floor.citizenCard, floor.citizenCard),
                        null,
                        Channel.KIOSK,
                        null,
                        Fixtures.MORNING))
                .isInstanceOf(org.citizenshop.domain.model.InvalidInputException.class)
                .extracting(e -> ((org.citizenshop.domain.model.InvalidInputException) e).messageKey())
                .isEqualTo("ticket.services.repeated");
    }

    @Test
    void noShow_comesOnlyAfterTheShopsRecalls_andDropsTheRestOfTheVisit() {
        Ticket absent = new TicketSeries(null, LocalDate.of(2026, 11, 27), 'A')
                .issue(
                        floor.registryQueue,
                        java.util.List.of(floor.citizenCard, floor.taxNumber),
                        null,
                        Channel.KIOSK,
                        null,
                        Fixtures.MORNING);
        absent.callTo(floor.desk, "clerk1", later);

        assertThatThrownBy(() -> absent.markNoShow(1, later))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("ticket.recallFirst");
        absent.recall();
        absent.markNoShow(1, later.plusSeconds(120));

        assertThat(absent.status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(absent.steps()).extracting(TicketStep::status).containsOnly(StepStatus.CANCELLED);
    }

    @Test
    void aStartedVisit_cannotBeANoShow() {
        Ticket ticket = waitingFor(floor.citizenCard);
        ticket.callTo(floor.desk, "clerk1", later);
        ticket.start(later);

        assertThatThrownBy(() -> ticket.markNoShow(0, later)).isInstanceOf(ConflictException.class);
    }

    @Test
    void transferToADesk_keepsTheArrival_andOnlyThatDeskMayCallIt() {
        Ticket ticket = waitingFor(floor.citizenCard);
        ticket.callTo(floor.desk, "clerk1", later);

        ticket.transferTo(floor.taxDesk);

        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.assignedDesk()).contains(floor.taxDesk);
        assertThat(ticket.issuedAt()).isEqualTo(Fixtures.MORNING);
        assertThatThrownBy(() -> ticket.callTo(floor.desk, "clerk1", later))
                .isInstanceOf(IllegalArgumentException.class);
        ticket.callTo(floor.taxDesk, "clerk2", later.plusSeconds(60));
        assertThat(ticket.assignedDesk()).isEmpty();
    }

    @Test
    void transferToADeskThatCannotServeTheService_isRefused() {
        Ticket ticket = waitingFor(floor.certificate);
        floor.desk.addService(floor.certificate);
        ticket.callTo(floor.desk, "clerk1", later);

        assertThatThrownBy(() -> ticket.transferTo(floor.taxDesk))
                .isInstanceOf(org.citizenshop.domain.model.InvalidInputException.class)
                .extracting(e -> ((org.citizenshop.domain.model.InvalidInputException) e).messageKey())
                .isEqualTo("ticket.transfer.deskCannotServe");
        assertThat(ticket.status()).isEqualTo(TicketStatus.CALLED);
    }

    @Test
    void transferToAnotherService_changesTheCurrentStep_andTheQueue() {
        Ticket ticket = waitingFor(floor.citizenCard);
        ticket.callTo(floor.desk, "clerk1", later);

        ticket.transferTo(floor.taxQueue, floor.taxNumber);

        assertThat(ticket.queue()).isSameAs(floor.taxQueue);
        assertThat(ticket.service()).isSameAs(floor.taxNumber);
        assertThat(ticket.steps())
                .singleElement()
                .extracting(TicketStep::service)
                .isSameAs(floor.taxNumber);
        assertThat(ticket.number()).hasToString("A001");
    }

    @Test
    void closingTheDay_closesOpenTickets_withTheReason() {
        Ticket ticket = waitingFor(floor.citizenCard);

        ticket.closeUnserved("DAY_CLOSED", later);

        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.closingReason()).contains("DAY_CLOSED");
        assertThatThrownBy(() -> ticket.closeUnserved("DAY_CLOSED", later)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aWaitingTicketCanBeCancelled_aCalledOneCannot() {
        Ticket waiting = waitingFor(floor.citizenCard);
        waiting.cancel(later);
        assertThat(waiting.status()).isEqualTo(TicketStatus.CANCELLED);

        Ticket called = waitingFor(floor.citizenCard);
        called.callTo(floor.desk, "clerk1", later);
        assertThatThrownBy(() -> called.cancel(later)).isInstanceOf(ConflictException.class);
    }

    @Test
    void complete_aTicketNotCalledIsAConflict() {
        Ticket ticket = waitingFor(floor.citizenCard);

        assertThatThrownBy(() -> ticket.complete(null, later)).isInstanceOf(ConflictException.class);
        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void carryOver_keepsTheArrivalAndTheSeries_underTheNextDaysNumber() {
        Ticket ticket = waitingFor(floor.citizenCard);
        LocalDate tomorrow = LocalDate.of(2026, 11, 28);

        ticket.carryOver(tomorrow, new TicketNumber('A', 1));

        assertThat(ticket.serviceDay()).isEqualTo(tomorrow);
        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.issuedAt()).isEqualTo(Fixtures.MORNING);
        assertThatThrownBy(() -> ticket.carryOver(tomorrow, new TicketNumber('A', 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ticket.carryOver(LocalDate.of(2026, 11, 29), new TicketNumber('B', 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void releaseFromDesk_putsACalledTicketBackInLine() {
        Ticket ticket = waitingFor(floor.citizenCard);
        ticket.callTo(floor.desk, "clerk1", later);

        ticket.releaseFromDesk();

        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.desk()).isEmpty();
        assertThat(ticket.issuedAt()).isEqualTo(Fixtures.MORNING);
    }
}
