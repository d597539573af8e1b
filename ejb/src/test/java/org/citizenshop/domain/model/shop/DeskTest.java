package org.citizenshop.domain.model.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.Fixtures;
import org.junit.jupiter.api.Test;

class DeskTest {

    private final Desk desk = new Fixtures().desk;

    @Test
    void signIn_opensAClosedDeskForTheClerk() {
        desk.signIn("clerk1", Fixtures.MORNING);

        assertThat(desk.status()).isEqualTo(DeskStatus.OPEN);
        assertThat(desk.clerk()).contains("clerk1");
    }

    @Test
    void signIn_again_byTheSameClerk_changesNothing() {
        desk.signIn("clerk1", Fixtures.MORNING);
        desk.signIn("clerk1", Fixtures.MORNING.plusSeconds(60));

        assertThat(desk.clerk()).contains("clerk1");
    }

    @Test
    void signIn_byAnotherClerk_whileOpen_isAConflict() {
        desk.signIn("clerk1", Fixtures.MORNING);

        assertThatThrownBy(() -> desk.signIn("clerk2", Fixtures.MORNING))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("desk.occupied");
        assertThat(desk.clerk()).contains("clerk1");
    }

    @Test
    void signOut_onlyByTheClerkSignedIn() {
        desk.signIn("clerk1", Fixtures.MORNING);

        assertThatThrownBy(() -> desk.signOut("clerk2")).isInstanceOf(ConflictException.class);
        desk.signOut("clerk1");

        assertThat(desk.status()).isEqualTo(DeskStatus.CLOSED);
        assertThat(desk.clerk()).isEmpty();
    }

    @Test
    void requireOperatedBy_failsOnAClosedDesk() {
        assertThatThrownBy(() -> desk.requireOperatedBy("clerk1"))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("desk.notSignedIn");
    }

    @Test
    void aPausedDesk_staysTheClerks_butTakesNoCalls() {
        desk.signIn("clerk1", Fixtures.MORNING);
        desk.pause("clerk1");

        assertThat(desk.status()).isEqualTo(DeskStatus.PAUSED);
        assertThatThrownBy(() -> desk.requireTakingCalls("clerk1"))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("desk.paused");
        assertThatThrownBy(() -> desk.signIn("clerk2", Fixtures.MORNING)).isInstanceOf(ConflictException.class);

        desk.resume("clerk1");
        desk.requireTakingCalls("clerk1");
        assertThat(desk.status()).isEqualTo(DeskStatus.OPEN);
    }

    @Test
    void thePriorityStreak_countsPriorityCallsInARow() {
        desk.called(true);
        desk.called(true);
        assertThat(desk.priorityStreak()).isEqualTo(2);

        desk.called(false);
        assertThat(desk.priorityStreak()).isZero();
    }

    @Test
    void aClosedDay_refusesTickets_untilOpenedAgain() {
        Shop shop = desk.shop();

        shop.closeDay();
        assertThatThrownBy(shop::requireOpen)
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("shop.closed");

        shop.openDay();
        shop.requireOpen();
        assertThat(shop.isDayOpen()).isTrue();
    }
}
