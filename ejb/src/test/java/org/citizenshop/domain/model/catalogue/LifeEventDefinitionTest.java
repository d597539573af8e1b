package org.citizenshop.domain.model.catalogue;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.citizenshop.domain.model.LocalizedText;
import org.junit.jupiter.api.Test;

class LifeEventDefinitionTest {

    private static LifeEventDefinition lostWallet(int minimumOptional) {
        return new LifeEventDefinition(
                new LocalizedText("Perdi a carteira", "Lost wallet"),
                null,
                null,
                List.of(
                        new LifeEventDefinition.Step("IRN-CC", true, Set.of()),
                        new LifeEventDefinition.Step("IMT-LICENCE", true, Set.of()),
                        new LifeEventDefinition.Step("AT-ADDRESS", false, Set.of())),
                minimumOptional);
    }

    @Test
    void atLeastTwoOfTheOptionalSteps_mustBeChosen() {
        LifeEventDefinition definition = lostWallet(2);

        assertThatCode(() -> definition.requireValidChoice(Set.of("IRN-CC", "IMT-LICENCE")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> definition.requireValidChoice(Set.of("IRN-CC")))
                .hasFieldOrPropertyWithValue("messageKey", "bundle.chooseAtLeast")
                .hasMessageContaining("Choose at least 2 of [IRN-CC, IMT-LICENCE]");
        assertThatThrownBy(() -> definition.requireValidChoice(Set.of("IRN-CC", "IMT-LICENCE", "AT-ADDRESS")))
                .hasFieldOrPropertyWithValue("messageKey", "bundle.notAnOptionalStep");
        assertThatCode(() -> lostWallet(0).requireValidChoice(Set.of())).doesNotThrowAnyException();
    }

    @Test
    void aMinimumBeyondTheOptionalSteps_isRefused() {
        assertThatThrownBy(() -> lostWallet(3))
                .hasFieldOrPropertyWithValue("messageKey", "bundle.minimumOptionalRange")
                .hasFieldOrPropertyWithValue("field", "minimumOptional");
        assertThatThrownBy(() -> lostWallet(-1))
                .hasFieldOrPropertyWithValue("messageKey", "bundle.minimumOptionalRange");
    }
}
