package org.citizenshop.domain.model.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizenshop.domain.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void theDomainIsLowerCased_theLocalPartKeptAsWritten() {
        assertThat(EmailAddress.of("  Maria.Exemplo@Example.PT ").value()).isEqualTo("Maria.Exemplo@example.pt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "name@", "@example.pt", "name@example", "na me@example.pt", "a@b@example.pt", ""})
    void addressesWithoutTheShapeOfOneAreRefused(String written) {
        assertThatThrownBy(() -> EmailAddress.of(written))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("validation.email.format");
    }

    @Test
    void anAddressLongerThan254CharactersIsRefused() {
        String longDomain = "d".repeat(250) + ".pt";
        assertThatThrownBy(() -> EmailAddress.of("a@" + longDomain)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theMaskedFormKeepsTheFirstLetterAndTheDomain() {
        assertThat(EmailAddress.of("maria@example.pt").masked()).isEqualTo("m***@example.pt");
    }
}
