package org.citizenshop.domain.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    @Test
    void aGeneratedCode_usesNoLookAlikeCharacters_andMatchesAsTyped() {
        TrackingCode code = TrackingCode.generate();

        assertThat(code.value()).hasSize(8).doesNotContain("0", "O", "1", "I", "L");
        assertThat(code.matches(code.value().toLowerCase())).isTrue();
        assertThat(code.matches(
                        code.value().substring(0, 4) + "-" + code.value().substring(4)))
                .isTrue();
        assertThat(code.matches("ABCDEFGH".equals(code.value()) ? "ABCDEFGJ" : "ABCDEFGH"))
                .isFalse();
        assertThat(code.matches("not a code")).isFalse();
        assertThat(code.matches(null)).isFalse();
    }

    @Test
    void caseReferences_haveTheYearAndSixDigits() {
        assertThat(CaseReference.of(2026, 123).value()).isEqualTo("CS-2026-000123");
        assertThat(CaseReference.of(" cs-2026-000123 ").value()).isEqualTo("CS-2026-000123");
        assertThatThrownBy(() -> CaseReference.of("CS-26-1"))
                .hasFieldOrPropertyWithValue("messageKey", "validation.caseReference");
    }
}
