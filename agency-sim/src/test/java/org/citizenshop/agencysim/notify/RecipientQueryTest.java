package org.citizenshop.agencysim.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecipientQueryTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource({
        "'+351912345678', +351912345678",
        "'912345678', +351912345678",
        "' 351912345678', +351912345678", // an unencoded + arrives as a space
        "'someone@example.org', someone@example.org",
        "'somebody', somebody",
    })
    void query_isNormalisedLikeTheRecipientItLooksFor(String query, String normalised) {
        assertThat(RecipientQuery.normalise(query)).isEqualTo(normalised);
    }
}
