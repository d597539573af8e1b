package org.citizenshop.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaitingCountTest {

    @Test
    void aTicketIssuedAlone_intoAnEmptyQueue_hasNobodyAhead() {
        assertThat(new WaitingCount(1, 0, 1).aheadOfNew(List.of(false))).containsExactly(0L);
        assertThat(new WaitingCount(1, 1, 1).aheadOfNew(List.of(true))).containsExactly(0L);
    }

    @Test
    void walkIns_haveEveryoneWhoWaitedAhead_andTheEarlierNewOnes() {
        // 5 waited (2 of them appointments or priority), then 3 walk-ins at once
        assertThat(new WaitingCount(8, 2, 3).aheadOfNew(List.of(false, false, false)))
                .containsExactly(5L, 6L, 7L);
    }

    @Test
    void priorityTickets_haveOnlyAppointmentsAndEarlierPriorityAhead() {
        // 10 waited, 3 of them appointments or priority; then priority, walk-in, priority
        assertThat(new WaitingCount(13, 5, 3).aheadOfNew(List.of(true, false, true)))
                .containsExactly(3L, 12L, 4L);
    }

    @Test
    void aWalkInIssuedBeforeAPriorityTicket_stillHasItAhead() {
        assertThat(new WaitingCount(2, 1, 2).aheadOfNew(List.of(false, true))).containsExactly(1L, 0L);
    }

    @Test
    void aCountThatCannotIncludeTheNewTickets_isRefused() {
        assertThatThrownBy(() -> new WaitingCount(1, 0, 1).aheadOfNew(List.of(false, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WaitingCount(3, 0, 1).aheadOfNew(List.of(true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WaitingCount(1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WaitingCount(1, 0, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCountIncludesTheNewTickets_onlyWhenAllOfThemStillWait_andNoOtherWasIssuedWithThem() {
        // 5 waited, then 3 issued together: all three still wait
        assertThat(new WaitingCount(8, 2, 3).includesAll(3)).isTrue();
        // a desk called one of the three between their commit and the count
        assertThat(new WaitingCount(7, 2, 2).includesAll(3)).isFalse();
        // a frozen clock: tickets of an earlier transaction carry the same instant
        assertThat(new WaitingCount(8, 2, 5).includesAll(3)).isFalse();
    }

    @Test
    void aCountCompletedByTheTicketsAfterIt_isTheCountUpToTheLastOfThem() {
        // 40 waited up to the last count (3 of them first); since then 5, 1 of them priority, 2 at the last instant
        assertThat(new WaitingCount(40, 3, 1).plus(new WaitingCount(5, 1, 2))).isEqualTo(new WaitingCount(45, 4, 2));
    }
}
