package org.citizenshop.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.citizenshop.domain.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessCodeTest {

    @Test
    void generatedCodesAreLong_unambiguous_andDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = AccessCode.generate().value();
            assertThat(code).hasSize(20).doesNotContain("0", "1", "l", "o");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void aCodeTypedWithSpacesAroundIsRead() {
        assertThat(AccessCode.of("  abcd2345efgh  ").value()).isEqualTo("abcd2345efgh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "ABCDEFGHJK", "abc def ghi", "../../etc/passwd", "abcdefghijkmnpqrstuvwxyz2"})
    void anythingElseIsNotACode(String written) {
        assertThatThrownBy(() -> AccessCode.of(written))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("ticket.accessCode");
    }
}
