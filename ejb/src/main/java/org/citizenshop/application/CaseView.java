package org.citizenshop.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;

/**
 * A case's status board: every agency's step, its clock and its result. The public version (see
 * {@link #withoutPersonalData()}) keeps the states and clocks and drops whatever names or numbers
 * the citizen.
 */
public record CaseView(
        String reference,
        String trackingCode,
        String lifeEvent,
        LocalizedText name,
        String shop,
        String channel,
        Instant submittedAt,
        String progress,
        List<TaskView> tasks,
        ConsentView consent,
        Identification identification)
        implements Serializable {

    /**
     * How the applicant was identified: {@code PRESENTED_DOCUMENT} (the document's kind, its number
     * by its last three characters, the clerk who checked it) or {@code AUTHENTICATED} (his login).
     */
    public record Identification(String level, String documentType, String documentNumber, String checkedBy)
            implements Serializable {}

    /** The same board with the consent the case was submitted under. */
    public CaseView withConsent(ConsentView given) {
        return new CaseView(
                reference,
                trackingCode,
                lifeEvent,
                name,
                shop,
                channel,
                submittedAt,
                progress,
                tasks,
                given,
                identification);
    }

    /** One step: its agency, its state (queued while its agency has not taken it), its SLA clock and result. */
    public record TaskView(
            String service,
            LocalizedText name,
            String agency,
            String status,
            boolean queued,
            List<String> waitsFor,
            Instant handedOffAt,
            Instant dueAt,
            String standing,
            Instant finishedAt,
            String agencyReference,
            List<OutputView> outputs,
            String rejectionCode,
            String rejectionReason,
            String lastError,
            int failedAttempts,
            String requestKey,
            List<Correction> corrections,
            ProofView proof)
            implements Serializable {}

    /** An administrator corrected the step's data before sending it again: who, when, which fields. */
    public record Correction(String correctedBy, Instant correctedAt, List<FieldName> fields) implements Serializable {}

    /** A field of a step's form, by its key and label. */
    public record FieldName(String key, LocalizedText label) implements Serializable {}

    /** A result the agency gave, with its label. */
    public record OutputView(String key, LocalizedText label, String value) implements Serializable {}

    /**
     * The proof the agency sent with a completion: {@code DOCUMENT} (the document it issued, with its
     * verification code, digest, type, name and size) or {@code REFUSED} (what came could not be
     * accepted: the problem). The public board keeps only that a document exists.
     */
    public record ProofView(
            String kind,
            String verificationCode,
            String sha256,
            String contentType,
            String fileName,
            Integer size,
            Instant receivedAt,
            String problem)
            implements Serializable {

        public static final String DOCUMENT = "DOCUMENT";
        public static final String REFUSED = "REFUSED";

        public boolean document() {
            return DOCUMENT.equals(kind);
        }

        ProofView existing() {
            return new ProofView(kind, null, null, null, null, null, null, null);
        }

        ProofView code() {
            return new ProofView(kind, verificationCode, null, null, null, null, null, null);
        }
    }

    /**
     * The board anyone with the case's reference and tracking code reads: no form data, outputs, errors, documents,
     * or words of an agency or a staff member (a rejection keeps its code, which the board explains).
     */
    public CaseView withoutPersonalData() {
        return publicView(false);
    }

    /**
     * What the receipt prints: the public board, and for each step whose agency sent its document,
     * the agency's reference and the document's verification code (both printed on the document the
     * citizen receives; with them anyone checks it, and learns nothing personal).
     */
    public CaseView forReceipt() {
        return publicView(true);
    }

    private CaseView publicView(boolean receipt) {
        return new CaseView(
                reference,
                null,
                lifeEvent,
                name,
                shop,
                channel,
                submittedAt,
                progress,
                tasks.stream()
                        .map(task -> {
                            boolean document =
                                    task.proof() != null && task.proof().document();
                            return new TaskView(
                                    task.service(),
                                    task.name(),
                                    task.agency(),
                                    task.status(),
                                    task.queued(),
                                    task.waitsFor(),
                                    task.handedOffAt(),
                                    task.dueAt(),
                                    task.standing(),
                                    task.finishedAt(),
                                    receipt && document ? task.agencyReference() : null,
                                    List.of(),
                                    task.rejectionCode(),
                                    // An agency's or a staff member's own words may name people and their numbers;
                                    // the shop's note of an upstream step (a service code) names nobody.
                                    org.citizenshop.domain.model.cases.CaseTask.CANCELLED_UPSTREAM.equals(
                                                    task.rejectionCode())
                                            ? task.rejectionReason()
                                            : null,
                                    null,
                                    0,
                                    null,
                                    List.of(),
                                    document
                                            ? (receipt
                                                    ? task.proof().code()
                                                    : task.proof().existing())
                                            : null);
                        })
                        .toList(),
                consent == null ? null : consent.withoutPersonalData(),
                identification == null ? null : new Identification(identification.level(), null, null, null));
    }
}
