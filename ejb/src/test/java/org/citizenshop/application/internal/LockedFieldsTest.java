package org.citizenshop.application.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.citizenshop.domain.model.InvalidFormException;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.cases.CaseData;
import org.citizenshop.domain.model.catalogue.Agency;
import org.citizenshop.domain.model.catalogue.AgencyCode;
import org.citizenshop.domain.model.catalogue.FieldType;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceChannels;
import org.citizenshop.domain.model.catalogue.ServiceCode;
import org.citizenshop.domain.model.catalogue.ServiceDefinition;
import org.citizenshop.domain.model.catalogue.ServiceTerms;
import org.junit.jupiter.api.Test;

/** A registry's value in a locked field is submitted as it came; an unlocked one may be corrected in the form. */
class LockedFieldsTest {

    private static final PublicService ESTATE = PublicService.proposed(
            ServiceCode.of("AT-ESTATE"),
            new Agency(AgencyCode.of("AT"), "Finanças", "Tax"),
            new ServiceDefinition(
                    new LocalizedText("Herança", "Estate"),
                    new LocalizedText("", ""),
                    ServiceChannels.DESK,
                    0,
                    20,
                    List.of(),
                    List.of(
                            new ServiceDefinition.Field(
                                    "deceased.nif",
                                    FieldType.NIF,
                                    new LocalizedText("NIF do falecido", "Deceased's tax number"),
                                    "deceased",
                                    true,
                                    "AT",
                                    true,
                                    List.of()),
                            new ServiceDefinition.Field(
                                    "address",
                                    FieldType.ADDRESS,
                                    new LocalizedText("Morada", "Address"),
                                    "address",
                                    true,
                                    "IRN",
                                    false,
                                    List.of())),
                    ServiceTerms.DEFAULT));

    private static final CaseData PREFILLED =
            CaseData.of(Map.of("deceased.nif", "130000060", "address", "Rua Augusta 10, 1100-053 Lisboa"));

    @Test
    void theRegistrysValue_unchanged_orWithSpaces_passes() {
        assertThatCode(() -> LockedFields.requireAsPrefilled(
                        PREFILLED,
                        List.of(ESTATE),
                        Map.of("deceased.nif", " 130000060 ", "address", "Rua Nova 1, 1100-001 Lisboa")))
                .as("the address is not locked: a family may have moved")
                .doesNotThrowAnyException();
    }

    @Test
    void aChangedOrEmptiedLockedValue_isRefusedAtItsField_namingTheRegistry() {
        for (Map<String, String> submitted : List.of(Map.of("deceased.nif", "123456789"), Map.<String, String>of())) {
            assertThatThrownBy(() -> LockedFields.requireAsPrefilled(PREFILLED, List.of(ESTATE), submitted))
                    .isInstanceOfSatisfying(
                            InvalidFormException.class,
                            form -> org.assertj.core.api.Assertions.assertThat(form.refusals())
                                    .containsExactly(new InvalidFormException.Refusal(
                                            "deceased.nif", "prefill.locked", List.of("AT"))));
        }
    }

    @Test
    void aLockedFieldNothingPrefilled_isTheClerksToType() {
        assertThatCode(() -> LockedFields.requireAsPrefilled(
                        CaseData.EMPTY, List.of(ESTATE), Map.of("deceased.nif", "123456789")))
                .doesNotThrowAnyException();
    }
}
