package org.citizenshop.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizenshop.domain.model.InvalidInputException;
import org.junit.jupiter.api.Test;

class TicketNumberTest {

    @Test
    void printsTheSeriesLetterAndThreeDigits() {
        assertThat(new TicketNumber('A', 1)).hasToString("A001");
        assertThat(new TicketNumber('P', 42)).hasToString("P042");
        assertThat(new TicketNumber('B', 1042)).hasToString("B1042");
        assertThat(new TicketNumber('C', 999)).hasToString("C999");
        assertThat(new TicketNumber('Z', 99_999)).hasToString("Z99999");
    }

    @Test
    void parse_acceptsWhatItPrints_inAnyCase() {
        assertThat(TicketNumber.parse("a007")).isEqualTo(new TicketNumber('A', 7));
        assertThat(TicketNumber.parse(" P123 ")).isEqualTo(new TicketNumber('P', 123));
    }

    @Test
    void parse_rejectsSomethingThatIsNotATicketNumber() {
        assertThatThrownBy(() -> TicketNumber.parse("A1"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("validation.ticket.number");
        assertThatThrownBy(() -> TicketNumber.parse(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void sequenceStartsAtOne() {
        assertThatThrownBy(() -> new TicketNumber('A', 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
