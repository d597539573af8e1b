package org.citizenshop.domain.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenshop.domain.model.Fixtures;
import org.citizenshop.domain.model.LocalizedText;
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

class CitizenCaseTest {

    private static final Instant NOW = Fixtures.MORNING;
    private final Fixtures fixtures = new Fixtures();
    private final Agency irn = new Agency(AgencyCode.of("IRN"), "Registos", "Registry");
    private final Agency at = new Agency(AgencyCode.of("AT"), "Finanças", "Tax");
    private final Agency iss = new Agency(AgencyCode.of("ISS"), "Segurança Social", "Social security");

    private final PublicService birth =
            service("IRN-BIRTH", irn, "irn-rest", field("child.givenNames"), field("address"));
    private final PublicService nif = service("AT-NIF", at, "at-soap", field("child.civilId"), field("address"));
    private final PublicService niss = service("ISS-NISS", iss, "iss-batch", field("child.civilId"));
    private final PublicService household = service("AT-HOUSEHOLD", at, "at-soap", field("child.nif"));

    private CitizenCase birthCase() {
        return new CitizenCase(
                CaseReference.of(2026, 1),
                TrackingCode.generate(),
                null,
                null,
                fixtures.shop,
                null,
                CaseChannel.DESK,
                CivilIdNumber.of("12345678"),
                CaseData.of(Map.of("child.givenNames", "Maria", "address", "Rua A 1, 1000-001 Lisboa", "other", "x")),
                List.of(birth, nif, niss, household),
                Map.of(
                        "AT-NIF",
                        Set.of("IRN-BIRTH"),
                        "ISS-NISS",
                        Set.of("IRN-BIRTH"),
                        "AT-HOUSEHOLD",
                        Set.of("AT-NIF")),
                "clerk1",
                NOW);
    }

    @Test
    void onlyTheStepsThatNeedNothingGoFirst_withTheirSlaClockStarted() {
        CitizenCase birthCase = birthCase();

        List<CaseTask> first = birthCase.handOffReady(NOW);

        assertThat(first).extracting(CaseTask::serviceCode).containsExactly("IRN-BIRTH");
        assertThat(first.get(0).queued()).isTrue();
        assertThat(first.get(0).dueAt()).isPresent();
        assertThat(birthCase.task("AT-NIF").orElseThrow().queued()).isFalse();
        assertThat(birthCase.handOffReady(NOW)).as("a task goes once").isEmpty();
    }

    @Test
    void completingTheBirth_releasesTheStepsThatWaitForIt_withItsOutputs() {
        CitizenCase birthCase = birthCase();
        birthCase.handOffReady(NOW);
        CaseTask registration = birthCase.task("IRN-BIRTH").orElseThrow();

        List<CaseTask> next = birthCase.complete(
                registration, "IRN-2026-1", CaseData.of(Map.of("child.civilId", "30000001")), NOW.plusSeconds(1));

        assertThat(next).extracting(CaseTask::serviceCode).containsExactly("AT-NIF", "ISS-NISS");
        CaseTask taxNumber = birthCase.task("AT-NIF").orElseThrow();
        assertThat(birthCase.fieldsFor(taxNumber).values())
                .containsEntry("child.civilId", "30000001")
                .containsEntry("address", "Rua A 1, 1000-001 Lisboa")
                .doesNotContainKeys("child.givenNames", "other");
        assertThat(birthCase.progress()).isEqualTo(CitizenCase.Progress.IN_PROGRESS);
    }

    @Test
    void aRepeatedAnswer_changesNothing() {
        CitizenCase birthCase = birthCase();
        birthCase.handOffReady(NOW);
        CaseTask registration = birthCase.task("IRN-BIRTH").orElseThrow();
        birthCase.complete(registration, "IRN-2026-1", CaseData.of(Map.of("child.civilId", "30000001")), NOW);

        List<CaseTask> again = birthCase.complete(
                registration, "IRN-2026-2", CaseData.of(Map.of("child.civilId", "99999999")), NOW.plusSeconds(5));
        birthCase.reject(registration, "LATE", "too late", NOW.plusSeconds(6));

        assertThat(again).isEmpty();
        assertThat(registration.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(registration.agencyReference()).contains("IRN-2026-1");
        assertThat(registration.outputs().get("child.civilId")).isEqualTo("30000001");
    }

    @Test
    void aWithdrawnConsent_stopsEveryStepNotSent_andKeepsTheAnswerOfOneAlreadyOnItsWay() {
        CitizenCase birthCase = birthCase();
        birthCase.handOffReady(NOW);
        CaseTask registration = birthCase.task("IRN-BIRTH").orElseThrow();

        List<CaseTask> stopped = birthCase.consentWithdrawn(NOW.plusSeconds(1));

        assertThat(stopped)
                .extracting(CaseTask::serviceCode)
                .containsExactlyInAnyOrder("IRN-BIRTH", "AT-NIF", "ISS-NISS", "AT-HOUSEHOLD");
        assertThat(birthCase.tasks())
                .allSatisfy(task -> assertThat(task.rejectionCode()).contains(CaseTask.CANCELLED_CONSENT_WITHDRAWN));
        // The registry's call was in flight: its answer is what happened, and nothing waits to go after it.
        List<CaseTask> next = birthCase.complete(
                registration, "IRN-2026-1", CaseData.of(Map.of("child.civilId", "30000001")), NOW.plusSeconds(2));
        assertThat(registration.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(registration.agencyReference()).contains("IRN-2026-1");
        assertThat(next).isEmpty();
        assertThat(birthCase.task("AT-NIF").orElseThrow().status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(birthCase.task("AT-NIF").orElseThrow().queued()).isFalse();
        // A step that was never handed off stays stopped whatever arrives.
        birthCase.complete(birthCase.task("AT-NIF").orElseThrow(), "AT-1", CaseData.of(Map.of()), NOW.plusSeconds(3));
        assertThat(birthCase.task("AT-NIF").orElseThrow().status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(birthCase.consentWithdrawn(NOW.plusSeconds(4))).as("once").isEmpty();
    }

    @Test
    void aRejectedStep_cancelsEveryStepThatWaitsForIt_directlyOrNot() {
        CitizenCase birthCase = birthCase();
        birthCase.handOffReady(NOW);
        birthCase.complete(
                birthCase.task("IRN-BIRTH").orElseThrow(),
                "IRN-2026-1",
                CaseData.of(Map.of("child.civilId", "30000001")),
                NOW);

        birthCase.reject(birthCase.task("AT-NIF").orElseThrow(), "INVALID_ADDRESS", "No postal code", NOW);

        assertThat(birthCase.task("AT-HOUSEHOLD").orElseThrow().status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(birthCase.task("ISS-NISS").orElseThrow().status()).isEqualTo(TaskStatus.PENDING);
        birthCase.complete(
                birthCase.task("ISS-NISS").orElseThrow(), "ISS-1", CaseData.of(Map.of("child.niss", "1")), NOW);
        assertThat(birthCase.progress()).isEqualTo(CitizenCase.Progress.CLOSED_WITH_REFUSALS);
    }

    @Test
    void aFailedDelivery_canBeRetried_andOnlyAFailedOne() {
        CitizenCase birthCase = birthCase();
        birthCase.handOffReady(NOW);
        CaseTask registration = birthCase.task("IRN-BIRTH").orElseThrow();

        assertThatThrownBy(() -> birthCase.retry(registration, NOW))
                .hasFieldOrPropertyWithValue("messageKey", "task.notFailed");
        assertThat(registration.nextAttemptAt()).as("due once handed off").contains(NOW);
        registration.deliveryFailed("HTTP 503", false, NOW.plusSeconds(5), NOW);
        assertThat(registration.status())
                .as("still queued while attempts are left")
                .isEqualTo(TaskStatus.PENDING);
        assertThat(registration.queued()).isTrue();
        assertThat(registration.nextAttemptAt())
                .as("tried again after its back-off")
                .contains(NOW.plusSeconds(5));
        assertThatThrownBy(() -> birthCase.retry(registration, NOW))
                .hasFieldOrPropertyWithValue("messageKey", "task.notFailed");

        registration.deliveryFailed("HTTP 503", true, NOW.plusSeconds(30), NOW.plusSeconds(30));
        assertThat(registration.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(registration.nextAttemptAt()).as("a dead letter is not due").isEmpty();
        birthCase.retry(registration, NOW.plusSeconds(60));

        assertThat(registration.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(registration.nextAttemptAt()).as("due again once replayed").contains(NOW.plusSeconds(60));
        assertThat(registration.failedAttempts()).isEqualTo(2);
        assertThat(registration.lastError()).contains("HTTP 503");
    }

    @Test
    void aStepListedBeforeWhatItWaitsFor_isRefused() {
        assertThatThrownBy(() -> new CitizenCase(
                        CaseReference.of(2026, 2),
                        TrackingCode.generate(),
                        null,
                        null,
                        fixtures.shop,
                        null,
                        CaseChannel.KIOSK,
                        null,
                        CaseData.EMPTY,
                        List.of(nif, birth),
                        Map.of("AT-NIF", Set.of("IRN-BIRTH")),
                        "kiosk",
                        NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProposal_startsWithTheAgencysStepDone_andSendsNothingBeforeAParentConsents() {
        CitizenCase proposal = CitizenCase.proposed(
                CaseReference.of(2026, 3),
                TrackingCode.generate(),
                null,
                CaseData.of(Map.of("address", "Rua A 1, 1000-001 Lisboa")),
                List.of(birth, nif, niss),
                Map.of("AT-NIF", Set.of("IRN-BIRTH"), "ISS-NISS", Set.of("IRN-BIRTH")),
                "IRN-BIRTH",
                "IRN-BIRTH-2026-000007",
                CaseData.of(Map.of("child.civilId", "40000007")),
                CivilIdNumber.of("12345678"),
                CivilIdNumber.of("30000001"),
                "event-1",
                "IRN",
                NOW);

        assertThat(proposal.progress()).isEqualTo(CitizenCase.Progress.PROPOSED);
        assertThat(proposal.task("IRN-BIRTH").orElseThrow().status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(proposal.handOffReady(NOW)).as("nothing before consent").isEmpty();
        assertThat(proposal.shop()).isEmpty();
        assertThat(proposal.proposedTo(CivilIdNumber.of("30000001"))).isTrue();
        assertThat(proposal.proposedTo(CivilIdNumber.of("30000002"))).isFalse();

        List<CaseTask> released = proposal.consent(fixtures.shop, null, "clerk1", NOW.plusSeconds(60));

        assertThat(released).extracting(CaseTask::serviceCode).containsExactly("AT-NIF", "ISS-NISS");
        assertThat(proposal.fieldsFor(released.get(0)).values()).containsEntry("child.civilId", "40000007");
        assertThat(proposal.progress()).isEqualTo(CitizenCase.Progress.IN_PROGRESS);
        assertThat(proposal.shop()).contains(fixtures.shop);
        assertThatThrownBy(() -> proposal.consent(fixtures.shop, null, "clerk1", NOW))
                .hasFieldOrPropertyWithValue("messageKey", "case.notProposed");
    }

    @Test
    void theSlaClock_warnsInTheLastFifth_andIsOverdueAfter() {
        CitizenCase birthCase = birthCase();
        CaseTask registration = birthCase.handOffReady(NOW).get(0);
        Instant due = registration.dueAt().orElseThrow();
        Duration whole = Duration.between(NOW, due);

        assertThat(registration.standing(NOW)).contains(SlaClock.Standing.ON_TIME);
        assertThat(registration.standing(due.minus(whole.dividedBy(10)))).contains(SlaClock.Standing.DUE_SOON);
        assertThat(registration.standing(due.plusSeconds(1))).contains(SlaClock.Standing.OVERDUE);
    }

    private static ServiceDefinition.Field field(String key) {
        return new ServiceDefinition.Field(
                key, FieldType.TEXT, new LocalizedText(key, key), "g", false, null, List.of());
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
