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
                .issue(floor.registryQueue, service, null, Channel.KIOSK, null, Fixtures.MORNING);
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
    void complete_andNoShow_endTheVisitOfACalledTicket() {
        Ticket served = waitingFor(floor.citizenCard);
        served.callTo(floor.desk, "clerk1", later);
        served.complete(later.plusSeconds(300));

        Ticket absent = waitingFor(floor.citizenCard);
        absent.callTo(floor.desk, "clerk1", later);
        absent.markNoShow(later.plusSeconds(60));

        assertThat(served.status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(served.finishedAt()).contains(later.plusSeconds(300));
        assertThat(absent.status()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void complete_aTicketNotCalledIsAConflict() {
        Ticket ticket = waitingFor(floor.citizenCard);

        assertThatThrownBy(() -> ticket.complete(later)).isInstanceOf(ConflictException.class);
        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
    }
}
