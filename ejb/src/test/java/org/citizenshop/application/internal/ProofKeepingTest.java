package org.citizenshop.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.domain.model.Fixtures;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.cases.CaseChannel;
import org.citizenshop.domain.model.cases.CaseData;
import org.citizenshop.domain.model.cases.CaseReference;
import org.citizenshop.domain.model.cases.CaseRepository;
import org.citizenshop.domain.model.cases.CaseTask;
import org.citizenshop.domain.model.cases.CitizenCase;
import org.citizenshop.domain.model.cases.ProofDocument;
import org.citizenshop.domain.model.cases.ProofSummary;
import org.citizenshop.domain.model.cases.TaskStatus;
import org.citizenshop.domain.model.cases.TrackingCode;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceChannels;
import org.citizenshop.domain.model.catalogue.ServiceCode;
import org.citizenshop.domain.model.catalogue.ServiceDefinition;
import org.citizenshop.domain.model.catalogue.ServiceTerms;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.junit.jupiter.api.Test;

/** A task's completion keeps the agency's document, or why it could not: the task is completed either way. */
class ProofKeepingTest {

    private static final Instant NOW = Fixtures.MORNING;
    private static final byte[] PDF = "%PDF-1.6\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String CODE = "IRN-7KQ3-9XMP-2B4D";

    private final Fixtures fixtures = new Fixtures();
    private final ProofStore store = new ProofStore();
    private final ProofKeeping keeping = new ProofKeeping();

    private final PublicService certificate = PublicService.proposed(
            ServiceCode.of("IRN-CERT"),
            fixtures.irn,
            new ServiceDefinition(
                    new LocalizedText("Certidão", "Certificate"),
                    new LocalizedText("", ""),
                    ServiceChannels.DESK,
                    0,
                    5,
                    List.of(),
                    List.of(),
                    new ServiceTerms(
                            ServiceTerms.IdentificationLevel.AUTHENTICATED,
                            1,
                            ServiceTerms.SlaUnit.WORKING_DAYS,
                            "",
                            "irn-rest")));

    ProofKeepingTest() {
        keeping.cases = store;
    }

    private CaseTask task(int number, boolean completed) {
        CitizenCase single = new CitizenCase(
                CaseReference.of(2026, number),
                TrackingCode.generate(),
                null,
                null,
                fixtures.shop,
                null,
                CaseChannel.DESK,
                CivilIdNumber.of("12345678"),
                CaseData.EMPTY,
                List.of(certificate),
                Map.of(),
                "clerk1",
                NOW);
        CaseTask task = single.tasks().get(0);
        single.handOffReady(NOW);
        if (completed) {
            single.complete(task, "IRN-CERT-2026-00000" + number, CaseData.EMPTY, NOW);
        }
        return task;
    }

    private static AgencyDocument document(String code) {
        return AgencyDocument.received(
                "IRN-CERT-2026-000001.pdf", "application/pdf", PDF, ProofDocument.sha256Of(PDF), code);
    }

    @Test
    void aGoodDocument_isKeptWithTheCompletedTask() {
        CaseTask task = task(1, true);

        String audit = keeping.keep(task, true, document(CODE), NOW);

        assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(audit).isEqualTo(" proof=" + CODE);
        assertThat(store.proofs).singleElement().satisfies(proof -> {
            assertThat(proof.kept()).isTrue();
            assertThat(proof.content()).hasValue(PDF);
        });
    }

    @Test
    void aDocumentTheEdgeRefused_isKeptAsItsProblem() {
        String audit =
                keeping.keep(task(1, true), true, AgencyDocument.refused("the content is not valid base64"), NOW);

        assertThat(audit).isEqualTo(" proofRefused=the content is not valid base64");
        assertThat(store.proofs).singleElement().satisfies(proof -> {
            assertThat(proof.kept()).isFalse();
            assertThat(proof.problem()).hasValue("the content is not valid base64");
        });
    }

    @Test
    void aDigestThatDoesNotMatch_orAnotherType_isRefusedHereToo() {
        AgencyDocument forged = AgencyDocument.received(
                "a.pdf",
                "application/pdf",
                PDF,
                ProofDocument.sha256Of("other".getBytes(StandardCharsets.UTF_8)),
                CODE);
        AgencyDocument html = AgencyDocument.received("a.pdf", "text/html", PDF, ProofDocument.sha256Of(PDF), CODE);

        keeping.keep(task(1, true), true, forged, NOW);
        keeping.keep(task(2, true), true, html, NOW);

        assertThat(store.proofs)
                .extracting(proof -> proof.problem().orElse(""))
                .containsExactly(
                        "the document's SHA-256 digest does not match its content",
                        "the document is text/html, not a PDF");
    }

    @Test
    void aVerificationCodeAnotherDocumentHas_isRefused() {
        keeping.keep(task(1, true), true, document(CODE), NOW);

        keeping.keep(task(2, true), true, document(CODE), NOW);

        assertThat(store.proofs).hasSize(2);
        assertThat(store.proofs.get(1).problem()).hasValue("the verification code " + CODE + " names another document");
    }

    @Test
    void aRepeatedAnswer_keepsNothingMore_andATaskNotCompleted_nothing() {
        CaseTask task = task(1, true);
        keeping.keep(task, true, document(CODE), NOW);

        assertThat(keeping.keep(task, false, document("IRN-AAAA-BBBB-CCCC"), NOW))
                .as("an answer that found the task completed already")
                .isEmpty();
        assertThat(keeping.keep(task(2, false), true, document("IRN-DDDD-EEEE-FFFF"), NOW))
                .isEmpty();
        assertThat(store.proofs).hasSize(1);
    }

    /** The proofs a repository would hold; the rest of a repository is not needed here. */
    private static final class ProofStore implements CaseRepository {

        final List<ProofDocument> proofs = new ArrayList<>();

        @Override
        public void addProof(ProofDocument proof) {
            proofs.add(proof);
        }

        @Override
        public Optional<ProofSummary> proofWithCode(String verificationCode) {
            return proofs.stream()
                    .filter(proof -> proof.verificationCode().equals(Optional.of(verificationCode)))
                    .map(proof -> new ProofSummary(
                            0L, "key", verificationCode, null, null, null, null, null, proof.receivedAt()))
                    .findFirst();
        }

        @Override
        public boolean verificationCodeTaken(String verificationCode) {
            return proofWithCode(verificationCode).isPresent();
        }

        @Override
        public Optional<ProofDocument> proofOf(CaseTask task) {
            return proofs.stream().filter(proof -> proof.task() == task).findFirst();
        }

        @Override
        public List<ProofSummary> proofsOf(CitizenCase citizenCase) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ProofSummary> proofWithDigest(String sha256) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int nextNumber(int year) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void loadTasks(java.util.Collection<org.citizenshop.domain.model.agencyrequest.RequestKey> keys) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CaseTask> lockDue(java.time.Instant now, int max) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int releaseClaims(String node, java.time.Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(CitizenCase citizenCase) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CitizenCase> find(CaseReference reference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CaseTask> findTask(RequestKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CitizenCase> ofTicket(long ticketId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CitizenCase> proposedTo(String civilId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean hasEvent(String sourceEventId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CitizenCase> underConsent(long consentId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CaseTask> tasksIn(TaskStatus status, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
