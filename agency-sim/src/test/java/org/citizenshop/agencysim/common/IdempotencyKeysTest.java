package org.citizenshop.agencysim.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "0f8e2c1a-5b7d-4c3e-9a6f-1d2b3c4d5e6f", "TASK-42"})
    void lettersDigitsAndHyphens_areValid(String key) {
        assertThat(IdempotencyKeys.isValid(key)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"with space", "under_score", "slash/key", "ção"})
    void otherCharacters_areInvalid(String key) {
        assertThat(IdempotencyKeys.isValid(key)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 101})
    void atMostHundredCharacters_areValid(int length) {
        assertThat(IdempotencyKeys.isValid("k".repeat(length))).isEqualTo(length <= 100);
    }
}
