package org.citizenshop.domain.model.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizenshop.domain.model.Fixtures;
import org.junit.jupiter.api.Test;

class DailyQuotaTest {

    private final Fixtures floor = new Fixtures();
    private final DailyQuota tax = DailyQuota.forAgency(floor.shop, floor.at, 3, 2, 1);

    @Test
    void anAgencyQuotaCoversEveryServiceOfTheAgency_andNothingElse() {
        assertThat(tax.covers(floor.taxNumber)).isTrue();
        assertThat(tax.covers(floor.citizenCard)).isFalse();
        assertThat(DailyQuota.forService(floor.shop, floor.citizenCard, 1, 0, 0).covers(floor.certificate))
                .isFalse();
    }

    @Test
    void walkInTickets_stopAtTheWalkInShare() {
        assertThatCode(() -> tax.admit(new QuotaUsage(2, 0, 0), false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> tax.admit(new QuotaUsage(3, 0, 0), false))
                .isInstanceOf(QuotaReachedException.class)
                .extracting(e -> ((QuotaReachedException) e).messageKey())
                .isEqualTo("ticket.quotaReached");
    }

    @Test
    void ticketsCountedOneByOne_fillTheSharesAsTheDaysCountWould() {
        // walk-in 3, appointments 2, priority 1: two priority tickets take the priority place and one walk-in place
        QuotaUsage usage = new QuotaUsage(0, 0, 0);
        tax.admit(usage, true);
        usage = usage.plusTicket(true);
        tax.admit(usage, true);
        usage = usage.plusTicket(true);
        assertThat(usage).isEqualTo(new QuotaUsage(0, 2, 0));
        tax.admit(usage, false);
        usage = usage.plusTicket(false);
        tax.admit(usage, false);
        usage = usage.plusTicket(false);
        assertThat(usage.left(tax)).isEqualTo(new QuotaUsage.Left(0, 0, 2));
        QuotaUsage full = usage;
        assertThatThrownBy(() -> tax.admit(full, false)).isInstanceOf(QuotaReachedException.class);
        assertThatThrownBy(() -> tax.admit(full, true)).isInstanceOf(QuotaReachedException.class);
    }

    @Test
    void walkInTickets_cannotUseThePriorityShare() {
        assertThatThrownBy(() -> tax.admit(new QuotaUsage(3, 0, 0), false)).isInstanceOf(QuotaReachedException.class);
        assertThat(new QuotaUsage(3, 0, 0).left(tax).priority()).isEqualTo(1);
    }

    @Test
    void priorityTickets_useTheirShare_thenWhatIsLeftOfTheWalkInShare() {
        assertThatCode(() -> tax.admit(new QuotaUsage(3, 0, 0), true)).doesNotThrowAnyException();
        assertThatCode(() -> tax.admit(new QuotaUsage(1, 1, 0), true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> tax.admit(new QuotaUsage(2, 2, 0), true)).isInstanceOf(QuotaReachedException.class);
    }

    @Test
    void left_countsPriorityOverflowAgainstWalkIn_neverBelowZero() {
        QuotaUsage.Left left = new QuotaUsage(1, 3, 5).left(tax);

        assertThat(left.walkIn()).isZero();
        assertThat(left.priority()).isZero();
        assertThat(left.appointments()).isZero();
        assertThat(new QuotaUsage(0, 0, 0).left(tax)).isEqualTo(new QuotaUsage.Left(3, 1, 2));
    }
}
