package org.citizenshop.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.ticket.PriorityReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketOrderTest {

    @Test
    void readsTheServiceAndAnOptionalPriority() {
        assertThat(TicketOrder.parse("{\"service\":\"IRN-CC\"}")).isEqualTo(new TicketOrder("IRN-CC", null));
        assertThat(TicketOrder.parse("{\"service\":\"IRN-CC\",\"priority\":\"pregnancy\"}"))
                .isEqualTo(new TicketOrder("IRN-CC", PriorityReason.PREGNANCY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "[1,2]", "{\"service\":"})
    void aMissingOrMalformedBodyIsUnreadable(String body) {
        assertThatThrownBy(() -> TicketOrder.parse(body)).isInstanceOf(TicketOrder.Unreadable.class);
    }

    @Test
    void aMissingServiceIsAFieldError() {
        assertThatThrownBy(() -> TicketOrder.parse("{\"priority\":\"PREGNANCY\"}"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("service");
    }

    @Test
    void anUnknownPriorityNamesTheAllowedOnes() {
        assertThatThrownBy(() -> TicketOrder.parse("{\"service\":\"IRN-CC\",\"priority\":\"VIP\"}"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException invalid = (InvalidInputException) e;
                    assertThat(invalid.field()).isEqualTo("priority");
                    assertThat(invalid.arguments()).contains("VIP").anySatisfy(argument -> assertThat(
                                    String.valueOf(argument))
                            .contains("CHILD_UNDER_TWO"));
                });
    }

    @Test
    void aServiceThatIsNotAStringIsAFieldError() {
        assertThatThrownBy(() -> TicketOrder.parse("{\"service\":42}"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("service");
    }
}
