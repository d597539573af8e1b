package org.citizenshop.domain.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenshop.domain.model.LocalizedText;
import org.junit.jupiter.api.Test;

class StepConditionTest {

    @Test
    void comparisons_lists_andOr() {
        StepCondition benefit = StepCondition.parse("household.incomeBracket in (1, 2, 3, 4)");
        assertThat(benefit.holds(Map.of("household.incomeBracket", "3"))).isTrue();
        assertThat(benefit.holds(Map.of("household.incomeBracket", "5"))).isFalse();
        assertThat(benefit.holds(Map.of())).isFalse();

        StepCondition renewalOrLost =
                StepCondition.parse("cc.reason = renewal or cc.reason = REPLACEMENT and lost = yes");
        assertThat(renewalOrLost.holds(Map.of("cc.reason", "RENEWAL"))).isTrue();
        assertThat(renewalOrLost.holds(Map.of("cc.reason", "REPLACEMENT", "lost", "yes")))
                .isTrue();
        assertThat(renewalOrLost.holds(Map.of("cc.reason", "REPLACEMENT", "lost", "no")))
                .isFalse();
        assertThat(renewalOrLost.keys()).containsExactly("cc.reason", "lost");

        assertThat(StepCondition.parse("licence.reason not in (DAMAGED)").holds(Map.of("licence.reason", "LOST")))
                .isTrue();
        assertThat(StepCondition.parse("cc.reason != FIRST").holds(Map.of("cc.reason", "FIRST")))
                .isFalse();
    }

    @Test
    void whatCannotBeRead_isRefused_quotingThePart() {
        assertThatThrownBy(() -> StepCondition.parse("income > 3"))
                .hasFieldOrPropertyWithValue("messageKey", "bundle.conditionUnreadable")
                .hasMessageContaining("income > 3");
        assertThatThrownBy(() -> StepCondition.parse("a = (1, 2)"))
                .hasFieldOrPropertyWithValue("messageKey", "bundle.conditionUnreadable");
        assertThatThrownBy(() -> StepCondition.parse("a in ()"))
                .hasFieldOrPropertyWithValue("messageKey", "bundle.conditionUnreadable");
        assertThatThrownBy(() -> StepCondition.parse(" "))
                .hasFieldOrPropertyWithValue("messageKey", "bundle.conditionEmpty");
    }

    private static ServiceField field(String key) {
        return new ServiceField(key, FieldType.TEXT, new LocalizedText(key, key), "g", true, null, List.of(), 1);
    }

    @Test
    void aConditionalStep_appliesOnlyWhenTheFormDataMeetsIt_andReadsOnlyAskedFields() {
        BundleDesign birth = BundleDesign.of(List.of(
                new BundleDesign.Step(
                        "IRN-BIRTH",
                        new LocalizedText("", ""),
                        false,
                        Set.of(),
                        List.of(field("household.incomeBracket")),
                        Set.of()),
                new BundleDesign.Step(
                        "ISS-CHILD",
                        new LocalizedText("", ""),
                        true,
                        Set.of("IRN-BIRTH"),
                        List.of(),
                        Set.of(),
                        StepCondition.parse("household.incomeBracket in (1, 2, 3, 4)"))));

        assertThat(birth.stepsFor(Set.of("ISS-CHILD"), Map.of("household.incomeBracket", "2")))
                .containsExactly("IRN-BIRTH", "ISS-CHILD");
        assertThat(birth.stepsFor(Set.of("ISS-CHILD"), Map.of("household.incomeBracket", "5")))
                .containsExactly("IRN-BIRTH");
        assertThat(birth.stepsFor(Set.of(), Map.of("household.incomeBracket", "2")))
                .containsExactly("IRN-BIRTH");

        assertThatThrownBy(() -> BundleDesign.of(List.of(new BundleDesign.Step(
                        "ISS-CHILD",
                        new LocalizedText("", ""),
                        true,
                        Set.of(),
                        List.of(),
                        Set.of(),
                        StepCondition.parse("nobody.asks = 1")))))
                .hasFieldOrPropertyWithValue("messageKey", "bundle.conditionUnknownField");
    }
}
