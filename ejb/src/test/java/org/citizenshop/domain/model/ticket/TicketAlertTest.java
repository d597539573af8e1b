package org.citizenshop.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.Fixtures;
import org.citizenshop.domain.model.InvalidInputException;
import org.junit.jupiter.api.Test;

class TicketAlertTest {

    private final Fixtures floor = new Fixtures();
    private final Instant later = Fixtures.MORNING.plusSeconds(600);

    private Ticket waiting() {
        return new TicketSeries(null, LocalDate.of(2026, 11, 27), 'A')
                .issue(floor.registryQueue, List.of(floor.citizenCard), null, Channel.WEB, null, Fixtures.MORNING);
    }

    @Test
    void anSmsAlert_keepsTheNumberInItsInternationalForm_andShowsItMasked() {
        TicketAlert alert = new TicketAlert(waiting(), AlertChannel.SMS, "912 345 678", 3, later);

        assertThat(alert.maskedContact()).isEqualTo("+351 91*****78");
        assertThat(alert.status()).isEqualTo(AlertStatus.WATCHING);
    }

    @Test
    void isDue_onlyOnceTheQueueHasComeDownToTheThreshold() {
        TicketAlert alert = new TicketAlert(waiting(), AlertChannel.EMAIL, "maria@example.pt", 3, later);

        assertThat(alert.isDue(4)).isFalse();
        assertThat(alert.isDue(3)).isTrue();
        assertThat(alert.isDue(0)).isTrue();
    }

    @Test
    void handOff_givesTheContactOnce_andErasesIt() {
        TicketAlert alert = new TicketAlert(waiting(), AlertChannel.SMS, "912345678", 2, later);

        assertThat(alert.handOff()).isEqualTo("+351912345678");

        assertThat(alert.status()).isEqualTo(AlertStatus.SENDING);
        assertThat(alert.isDue(0)).isFalse();
        assertThatThrownBy(alert::handOff).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailureAfterTheMessageWentOut_doesNotUndoIt() {
        TicketAlert alert = new TicketAlert(waiting(), AlertChannel.SMS, "912345678", 2, later);
        alert.handOff();
        alert.delivered("SMS-000001", later);

        alert.failed("HTTP 503");

        assertThat(alert.status()).isEqualTo(AlertStatus.SENT);
    }

    @Test
    void aTicketCalledBeforeTheMoment_dropsTheAlert() {
        Ticket ticket = waiting();
        TicketAlert alert = new TicketAlert(ticket, AlertChannel.SMS, "912345678", 2, later);
        ticket.callTo(floor.desk, "clerk1", later);

        alert.drop();

        assertThat(alert.status()).isEqualTo(AlertStatus.DROPPED);
        assertThat(alert.isDue(0)).isFalse();
    }

    @Test
    void onlyAWaitingTicketCanBeWatched() {
        Ticket ticket = waiting();
        ticket.cancel(later);

        assertThatThrownBy(() -> new TicketAlert(ticket, AlertChannel.SMS, "912345678", 2, later))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aThresholdOutsideZeroToTwentyIsRefused() {
        assertThatThrownBy(() -> new TicketAlert(waiting(), AlertChannel.SMS, "912345678", 21, later))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("validation.alert.threshold");
        assertThatThrownBy(() -> new TicketAlert(waiting(), AlertChannel.SMS, "912345678", -1, later))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aLandlineIsRefusedForAnSms() {
        assertThatThrownBy(() -> new TicketAlert(waiting(), AlertChannel.SMS, "213456789", 2, later))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("validation.mobile.format");
    }
}
