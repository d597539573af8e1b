package org.citizenshop.agencysim.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "someone@example.org",
                "cidada.exemplo+fila@example.org",
                "Someone@Mail.Example.PT",
                "joão@exemplo.pt",
            })
    void addressesWithOneAtAndDottedDomain_areValid(String address) {
        assertThat(EmailAddresses.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "someone.example.org",
                "@example.org",
                "someone@",
                "someone@localhost",
                "someone@example.",
                "someone@.example.org",
                "someone@example..org",
                "some one@example.org",
                "someone@example.org ",
                "some@one@example.org",
            })
    void otherTexts_areInvalid(String address) {
        assertThat(EmailAddresses.isValid(address)).isFalse();
    }

    @Test
    void atMost254Characters_areValid() {
        String domain = "@example.org";

        assertThat(EmailAddresses.isValid("a".repeat(254 - domain.length()) + domain))
                .isTrue();
        assertThat(EmailAddresses.isValid("a".repeat(255 - domain.length()) + domain))
                .isFalse();
    }
}
