package org.citizenshop.agencysim.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.citizenshop.agencysim.CheckDigits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberIssuerTest {

    @ParameterizedTest
    @ValueSource(strings = {"2", "5", "70"})
    void nifs_startWithTheirPrefixCarryTheCheckDigitAndNeverRepeat(String prefix) {
        NumberIssuer issuer = NumberIssuer.nifs(prefix);

        Set<String> issued = new HashSet<>();
        IntStream.range(0, 5_000).forEach(i -> issued.add(issuer.next()));

        assertThat(issued).hasSize(5_000).allSatisfy(nif -> {
            assertThat(nif).hasSize(9).startsWith(prefix);
            assertThat(CheckDigits.nifCheckHolds(nif)).as(nif).isTrue();
            assertThat(Identifiers.isNif(nif)).as(nif).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void niss_startWithTheirPrefixCarryTheCheckDigitAndNeverRepeat(String prefix) {
        NumberIssuer issuer = NumberIssuer.niss(prefix);

        Set<String> issued = new HashSet<>();
        IntStream.range(0, 5_000).forEach(i -> issued.add(issuer.next()));

        assertThat(issued).hasSize(5_000).allSatisfy(niss -> {
            assertThat(niss).hasSize(11).startsWith(prefix);
            assertThat(CheckDigits.nissCheckHolds(niss)).as(niss).isTrue();
        });
    }

    @Test
    void civilIdsAndSnsNumbers_countUpFromTheFirst() {
        NumberIssuer civilIds = NumberIssuer.civilIds(40_000_001L);
        NumberIssuer snsNumbers = NumberIssuer.snsNumbers(700_000_001L);

        assertThat(civilIds.next()).isEqualTo("40000001");
        assertThat(civilIds.next()).isEqualTo("40000002");
        assertThat(snsNumbers.next()).isEqualTo("700000001");
    }

    @Test
    void accessCodes_areTwelveDigitsInGroupsOfFourAndNeverRepeat() {
        NumberIssuer issuer = NumberIssuer.accessCodes();

        Set<String> issued = new HashSet<>();
        IntStream.range(0, 20_000).forEach(i -> issued.add(issuer.next()));

        assertThat(issued).hasSize(20_000).allSatisfy(code -> assertThat(code).matches("[0-9]{4}-[0-9]{4}-[0-9]{4}"));
    }
}
