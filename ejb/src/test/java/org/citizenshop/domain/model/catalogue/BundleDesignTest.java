package org.citizenshop.domain.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.LocalizedText;
import org.junit.jupiter.api.Test;

class BundleDesignTest {

    private static int position;

    private static ServiceField field(String key, FieldType type, String group, boolean required) {
        return new ServiceField(key, type, new LocalizedText(key, key), group, required, null, List.of(), position++);
    }

    private static BundleDesign.Step step(
            String service, boolean optional, Set<String> dependsOn, List<ServiceField> fields, Set<String> outputs) {
        return new BundleDesign.Step(
                service, new LocalizedText(service, service), optional, dependsOn, fields, outputs);
    }

    /** The birth bundle in small: registration first, then steps that use the child's civil ID. */
    private static BundleDesign birth() {
        return BundleDesign.of(List.of(
                step(
                        "IRN-BIRTH",
                        false,
                        Set.of(),
                        List.of(
                                field("child.givenNames", FieldType.TEXT, "child", true),
                                field("child.birthDate", FieldType.DATE, "child", true),
                                field("address", FieldType.ADDRESS, "address", true)),
                        Set.of("child.civilId")),
                step(
                        "AT-NIF",
                        false,
                        Set.of("IRN-BIRTH"),
                        List.of(
                                field("child.civilId", FieldType.CITIZEN_CARD, "child", true),
                                field("child.birthDate", FieldType.DATE, "child", true),
                                field("address", FieldType.ADDRESS, "address", true)),
                        Set.of("child.nif")),
                step(
                        "ISS-NISS",
                        false,
                        Set.of("IRN-BIRTH", "AT-NIF"),
                        List.of(
                                field("child.civilId", FieldType.CITIZEN_CARD, "child", true),
                                field("child.nif", FieldType.NIF, "child", true)),
                        Set.of("child.niss")),
                step(
                        "ISS-CHILD",
                        true,
                        Set.of("ISS-NISS"),
                        List.of(
                                field("child.niss", FieldType.NISS, "child", true),
                                field("iban", FieldType.IBAN, "payment", true)),
                        Set.of()),
                step(
                        "IRN-CC",
                        true,
                        Set.of(),
                        List.of(field("cc.reason", FieldType.CHOICE, "card", false)),
                        Set.of())));
    }

    @Test
    void theOrder_respectsEveryDependency_andKeepsTheListedOrderOtherwise() {
        assertThat(birth().order()).containsExactly("IRN-BIRTH", "IRN-CC", "AT-NIF", "ISS-NISS", "ISS-CHILD");
        assertThat(birth().before("ISS-CHILD")).containsExactlyInAnyOrder("ISS-NISS", "IRN-BIRTH", "AT-NIF");
    }

    @Test
    void theForm_asksEachKeyOnce_andNotWhatAnEarlierStepGives() {
        List<BundleDesign.FormGroup> form = birth().form(null);

        assertThat(form)
                .extracting(BundleDesign.FormGroup::group)
                .containsExactly("child", "address", "card", "payment");
        BundleDesign.FormGroup child = form.get(0);
        assertThat(child.fields())
                .extracting(BundleDesign.FormField::key)
                .containsExactly("child.givenNames", "child.birthDate");
        assertThat(child.fields().get(1).askedBy()).containsExactly("IRN-BIRTH", "AT-NIF");
        assertThat(form.get(1).fields()).extracting(BundleDesign.FormField::key).containsExactly("address");
    }

    @Test
    void optionalStepsLeftOut_bringNoFields() {
        List<BundleDesign.FormGroup> form = birth().form(Set.of());

        assertThat(form).extracting(BundleDesign.FormGroup::group).containsExactly("child", "address");
    }

    @Test
    void aFieldIsAsked_whenTheStepThatWouldFillItIsNotChosen() {
        BundleDesign design = BundleDesign.of(List.of(
                step("A", true, Set.of(), List.of(), Set.of("x")),
                step("B", false, Set.of("A"), List.of(field("x", FieldType.TEXT, "g", true)), Set.of())));

        assertThat(design.form(Set.of("A"))).isEmpty();
        assertThat(design.form(Set.of())).singleElement().satisfies(group -> assertThat(group.fields())
                .extracting(BundleDesign.FormField::key)
                .containsExactly("x"));
    }

    @Test
    void aFieldIsRequired_whenAnyStepAskingForItRequiresIt() {
        BundleDesign design = BundleDesign.of(List.of(
                step("A", false, Set.of(), List.of(field("phone", FieldType.TEXT, "contact", false)), Set.of()),
                step("B", false, Set.of(), List.of(field("phone", FieldType.TEXT, "contact", true)), Set.of())));

        assertThat(design.form(null).get(0).fields().get(0).required()).isTrue();
    }

    @Test
    void aCycle_isRefused_namingItsSteps() {
        assertThatThrownBy(() -> BundleDesign.of(List.of(
                        step("A", false, Set.of("C"), List.of(), Set.of()),
                        step("B", false, Set.of("A"), List.of(), Set.of()),
                        step("C", false, Set.of("B"), List.of(), Set.of()),
                        step("D", false, Set.of(), List.of(), Set.of()),
                        step("E", false, Set.of("C"), List.of(), Set.of()))))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "bundle.cycle")
                .hasMessageContaining("[A, B, C]");
        assertThatThrownBy(() -> BundleDesign.of(List.of(step("A", false, Set.of("A"), List.of(), Set.of()))))
                .hasFieldOrPropertyWithValue("messageKey", "bundle.cycle");
    }

    @Test
    void anUnknownDependency_orAStepTwice_isRefused() {
        assertThatThrownBy(() -> BundleDesign.of(List.of(step("A", false, Set.of("Z"), List.of(), Set.of()))))
                .hasFieldOrPropertyWithValue("messageKey", "bundle.unknownDependency");
        assertThatThrownBy(() -> BundleDesign.of(List.of(
                        step("A", false, Set.of(), List.of(), Set.of()),
                        step("A", true, Set.of(), List.of(), Set.of()))))
                .hasFieldOrPropertyWithValue("messageKey", "bundle.duplicateStep");
    }
}
