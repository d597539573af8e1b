package org.citizenshop.infrastructure.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedTest {

    @Test
    void anIdentifier_keepsItsLastThreeDigits() {
        assertThat(Masked.identifier("12345678")).isEqualTo("***678");
        assertThat(Masked.identifier("16613186097")).isEqualTo("***097");
        assertThat(Masked.identifier(null)).isNull();
    }

    @Test
    void personalNumbersInAText_areMasked_whereverTheyStand() {
        assertThat(Masked.identifiersIn("reference=Patient/300000022/_history/2"))
                .isEqualTo("reference=Patient/***022/_history/2");
        assertThat(Masked.identifiersIn("citizen 12345678, nif=123456789, niss 16613186097, +351912345678"))
                .isEqualTo("citizen ***678, nif=***789, niss ***097, +***678");
        assertThat(Masked.identifiersIn("card 12345678 2 ZZ6 and 300000015AB9")).isEqualTo("card ***ZZ6 and ***AB9");
    }

    @Test
    void numbersThatArePartOfSomethingElse_stay() {
        String text = "subject=94584522-164b-4033-bf9d-8dae6a335c49 case=CS-2026-000001 shop=IT-05365951 "
                + "ticket=LX-LARANJEIRAS/2026-11-27/A001 steps=7 reference=IRN-CC-2026-000001";

        assertThat(Masked.identifiersIn(text)).isEqualTo(text);
        assertThat(Masked.identifiersIn(null)).isNull();
    }
}
