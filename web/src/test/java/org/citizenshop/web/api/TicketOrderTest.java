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
        assertThat(TicketOrder.parse("{\"service\":\"IRN-CC\"}"))
                .isEqualTo(new TicketOrder(java.util.List.of("IRN-CC"), null));
        assertThat(TicketOrder.parse("{\"service\":\"IRN-CC\",\"priority\":\"pregnancy\"}"))
                .isEqualTo(new TicketOrder(java.util.List.of("IRN-CC"), PriorityReason.PREGNANCY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "[1,2]", "{\"service\":"})
    void aMissingOrMalformedBodyIsUnreadable(String body) {
        assertThatThrownBy(() -> TicketOrder.parse(body)).isInstanceOf(JsonBodies.Unreadable.class);
    }

    @Test
    void readsAJourneyOfSeveralServices_inOrder() {
        assertThat(TicketOrder.parse("{\"services\":[\"IRN-CC\",\"AT-NIF\"]}").services())
                .containsExactly("IRN-CC", "AT-NIF");
    }

    @Test
    void servicesThatAreNotAListOfCodes_isAFieldError() {
        assertThatThrownBy(() -> TicketOrder.parse("{\"services\":\"IRN-CC\"}"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("services");
        assertThatThrownBy(() -> TicketOrder.parse("{\"services\":[1,2]}")).isInstanceOf(InvalidInputException.class);
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
