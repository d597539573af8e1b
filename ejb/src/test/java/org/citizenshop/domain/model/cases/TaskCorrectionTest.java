package org.citizenshop.domain.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.Fixtures;
import org.citizenshop.domain.model.InvalidFormException;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.catalogue.Agency;
import org.citizenshop.domain.model.catalogue.AgencyCode;
import org.citizenshop.domain.model.catalogue.FieldType;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceChannels;
import org.citizenshop.domain.model.catalogue.ServiceCode;
import org.citizenshop.domain.model.catalogue.ServiceDefinition;
import org.citizenshop.domain.model.catalogue.ServiceTerms;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.junit.jupiter.api.Test;

/** A dead letter's data corrected by an administrator: which steps may be, how it is checked, and under which key it goes. */
class TaskCorrectionTest {

    private static final Instant NOW = Fixtures.MORNING;
    private static final String ADDRESS = "Rua A 1, 1000-001 Lisboa";
    private static final String NEW_ADDRESS = "Rua B 2, 1100-053 Lisboa";

    private final Fixtures fixtures = new Fixtures();
    private final Agency irn = new Agency(AgencyCode.of("IRN"), "Registos", "Registry");
    private final Agency at = new Agency(AgencyCode.of("AT"), "Finanças", "Tax");

    private final PublicService birth = service(
            "IRN-BIRTH",
            irn,
            "irn-rest",
            field("child.givenNames", FieldType.TEXT, true),
            field("child.birthDate", FieldType.DATE, true));
    private final PublicService nif = service(
            "AT-NIF",
            at,
            "at-soap",
            field("child.civilId", FieldType.CIVIL_ID, true),
            field("address", FieldType.ADDRESS, true),
            new ServiceDefinition.Field(
                    "nif.delivery",
                    FieldType.CHOICE,
                    new LocalizedText("Entrega", "Delivery"),
                    "tax",
                    false,
                    null,
                    List.of("POST", "EMAIL")));

    private CitizenCase birthCase() {
        return new CitizenCase(
                CaseReference.of(2026, 7),
                TrackingCode.generate(),
                null,
                null,
                fixtures.shop,
                null,
                CaseChannel.DESK,
                CivilIdNumber.of("12345678"),
                CaseData.of(Map.of("child.givenNames", "Maria", "child.birthDate", "2026-11-20", "address", ADDRESS)),
                List.of(birth, nif),
                Map.of("AT-NIF", Set.of("IRN-BIRTH")),
                "clerk1",
                NOW);
    }

    /** The case with the birth registered (the child's civil ID number its output) and the tax step handed off. */
    private CitizenCase withTaxStepOut() {
        CitizenCase birthCase = birthCase();
        birthCase.handOffReady(NOW);
        birthCase.complete(
                birthCase.task("IRN-BIRTH").orElseThrow(),
                "IRN-1",
                CaseData.of(Map.of("child.civilId", "40000001")),
                NOW);
        return birthCase;
    }

    private static Map<String, String> taxData(String address, String delivery) {
        Map<String, String> values = new HashMap<>();
        values.put("address", address);
        values.put("nif.delivery", delivery);
        return values;
    }

    @Test
    void onlyAFailedStepThatItsAgencyNeverTook_canBeCorrected() {
        CitizenCase birthCase = withTaxStepOut();
        CaseTask tax = birthCase.task("AT-NIF").orElseThrow();
        CaseTask registration = birthCase.task("IRN-BIRTH").orElseThrow();

        assertThat(tax.fixable()).as("queued, not failed").isFalse();
        assertThatThrownBy(() -> birthCase.correct(tax, taxData(NEW_ADDRESS, null), "admin-at", NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "task.notFixable");
        assertThat(registration.fixable()).as("completed").isFalse();

        tax.deliveryFailed("HTTP 503", true, NOW, NOW);
        assertThat(tax.fixable()).isTrue();

        CitizenCase other = withTaxStepOut();
        CaseTask acknowledged = other.task("AT-NIF").orElseThrow();
        acknowledged.acknowledged("AT-9", NOW);
        acknowledged.deliveryFailed("the result could not be read", true, NOW, NOW);
        assertThat(acknowledged.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(acknowledged.fixable())
                .as("its agency took it: its data is the agency's now")
                .isFalse();
    }

    @Test
    void aCorrection_isCheckedAsTheFormIs_everyProblemAtOnce_andChangesNothingThen() {
        CitizenCase birthCase = withTaxStepOut();
        CaseTask tax = birthCase.task("AT-NIF").orElseThrow();
        tax.refused("HTTP 400: malformed", NOW);
        CaseData before = birthCase.fieldsFor(tax);

        assertThatThrownBy(() -> birthCase.correct(tax, taxData("Rua sem código", "PIGEON"), "admin-at", NOW))
                .isInstanceOfSatisfying(InvalidFormException.class, form -> assertThat(form.refusals())
                        .extracting(InvalidFormException.Refusal::field, InvalidFormException.Refusal::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("address", "validation.addressPostalCode"),
                                tuple("nif.delivery", "validation.choice")));
        assertThatThrownBy(() -> birthCase.correct(tax, taxData(null, null), "admin-at", NOW))
                .isInstanceOfSatisfying(InvalidFormException.class, form -> assertThat(form.refusals())
                        .extracting(InvalidFormException.Refusal::field, InvalidFormException.Refusal::messageKey)
                        .containsExactly(tuple("address", "validation.required")));

        assertThat(birthCase.fieldsFor(tax)).isEqualTo(before);
        assertThat(tax.corrections()).isEmpty();
        assertThat(tax.dataCorrected()).isFalse();
    }

    @Test
    void theCorrectedValuesGoToTheAgency_theCaseKeepsTheCitizensForm_andOnlyWhatChangedIsRecorded() {
        CitizenCase birthCase = withTaxStepOut();
        CaseTask tax = birthCase.task("AT-NIF").orElseThrow();
        tax.deliveryFailed("HTTP 503", true, NOW, NOW);

        List<String> changed = birthCase.correct(tax, taxData(" " + NEW_ADDRESS + " ", "EMAIL"), "admin-at", NOW);

        assertThat(changed).containsExactly("address", "nif.delivery");
        assertThat(birthCase.fieldsFor(tax).values())
                .containsEntry("address", NEW_ADDRESS)
                .containsEntry("nif.delivery", "EMAIL")
                .as("an earlier step's output still fills its field")
                .containsEntry("child.civilId", "40000001");
        assertThat(birthCase.formData().get("address"))
                .as("what the citizen gave")
                .isEqualTo(ADDRESS);
        assertThat(tax.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.correctedBy()).isEqualTo("admin-at");
            assertThat(correction.correctedAt()).isEqualTo(NOW);
            assertThat(correction.fields()).containsExactly("address", "nif.delivery");
        });

        assertThat(birthCase.correct(tax, taxData(NEW_ADDRESS, "EMAIL"), "supervisor1", NOW.plusSeconds(5)))
                .as("the same values again change nothing")
                .isEmpty();
        assertThat(tax.corrections()).hasSize(1);

        assertThat(birthCase.correct(tax, taxData(NEW_ADDRESS, null), "supervisor1", NOW.plusSeconds(9)))
                .as("an optional field emptied")
                .containsExactly("nif.delivery");
        assertThat(birthCase.fieldsFor(tax).values()).doesNotContainKey("nif.delivery");
        assertThat(birthCase.stepValues(tax))
                .extracting(value -> value.field().key(), CitizenCase.StepValue::value, CitizenCase.StepValue::filledBy)
                .containsExactly(
                        tuple("child.civilId", "40000001", "IRN-BIRTH"),
                        tuple("address", NEW_ADDRESS, null),
                        tuple("nif.delivery", null, null));
    }

    @Test
    void aValueAnEarlierStepsAgencyGave_andAFieldTheStepDoesNotHave_areNotTheAdministratorsToSet() {
        CitizenCase birthCase = withTaxStepOut();
        CaseTask tax = birthCase.task("AT-NIF").orElseThrow();
        tax.deliveryFailed("HTTP 503", true, NOW, NOW);
        Map<String, String> values = taxData(NEW_ADDRESS, null);
        values.put("child.civilId", "40000002");
        values.put("child.givenNames", "Joana");

        assertThatThrownBy(() -> birthCase.correct(tax, values, "admin-at", NOW))
                .isInstanceOfSatisfying(InvalidFormException.class, form -> assertThat(form.refusals())
                        .extracting(InvalidFormException.Refusal::field, InvalidFormException.Refusal::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("child.civilId", "correction.filledByStep"),
                                tuple("child.givenNames", "correction.unknownField")));

        values.put("child.civilId", "40000001");
        values.remove("child.givenNames");
        assertThat(birthCase.correct(tax, values, "admin-at", NOW))
                .as("an earlier step's value given back as it is, as GET …/data shows it")
                .containsExactly("address");
    }

    @Test
    void aCorrectedStepGoesUnderANewKey_onlyWhenItsAgencyRefusedItBeforeActing() {
        CitizenCase refusedCase = withTaxStepOut();
        CaseTask refused = refusedCase.task("AT-NIF").orElseThrow();
        RequestKey first = refused.key();
        refused.refused("HTTP 400 from http://at/ws: MALFORMED", NOW);
        assertThat(refused.status()).as("a dead letter at once").isEqualTo(TaskStatus.FAILED);
        assertThat(refused.agencyTookNothing()).isTrue();
        refusedCase.correct(refused, taxData(NEW_ADDRESS, null), "admin-at", NOW);

        assertThat(refusedCase.retry(refused, NOW)).contains(first);
        assertThat(refused.key()).isNotEqualTo(first);
        assertThat(refused.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(refused.dataCorrected()).isFalse();

        RequestKey second = refused.key();
        refused.refused("HTTP 400 again", NOW.plusSeconds(1));
        assertThat(refusedCase.retry(refused, NOW.plusSeconds(2)))
                .as("sent again unchanged: the same key")
                .isEmpty();
        assertThat(refused.key()).isEqualTo(second);

        CitizenCase unreadableCase = withTaxStepOut();
        CaseTask unreadable = unreadableCase.task("AT-NIF").orElseThrow();
        RequestKey kept = unreadable.key();
        unreadable.deliveryFailed("the answer could not be read", true, NOW, NOW);
        assertThat(unreadable.agencyTookNothing()).isFalse();
        unreadableCase.correct(unreadable, taxData(NEW_ADDRESS, null), "admin-at", NOW);

        assertThat(unreadableCase.retry(unreadable, NOW))
                .as("the agency may have acted on it: the same key, so it cannot act twice")
                .isEmpty();
        assertThat(unreadable.key()).isEqualTo(kept);
    }

    private static ServiceDefinition.Field field(String key, FieldType type, boolean required) {
        return new ServiceDefinition.Field(key, type, new LocalizedText(key, key), "g", required, null, List.of());
    }

    private static PublicService service(
            String code, Agency agency, String connector, ServiceDefinition.Field... fields) {
        return PublicService.proposed(
                ServiceCode.of(code),
                agency,
                new ServiceDefinition(
                        new LocalizedText(code, code),
                        new LocalizedText("", ""),
                        ServiceChannels.DESK,
                        0,
                        10,
                        List.of(),
                        List.of(fields),
                        new ServiceTerms(
                                ServiceTerms.IdentificationLevel.PRESENTED_DOCUMENT,
                                1,
                                ServiceTerms.SlaUnit.WORKING_DAYS,
                                "",
                                connector)));
    }
}
