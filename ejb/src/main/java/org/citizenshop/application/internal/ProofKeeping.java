package org.citizenshop.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.domain.model.cases.CaseRepository;
import org.citizenshop.domain.model.cases.CaseTask;
import org.citizenshop.domain.model.cases.ProofDocument;
import org.citizenshop.domain.model.cases.TaskStatus;

/**
 * Keeps the document an agency sent with a task's completion, in the completion's transaction. The
 * task is completed whatever came with it: the agency did the work and its outputs feed the next
 * steps, and asking again would bring the same document back (the agency answers a key the same
 * way). So a document that cannot be accepted (the edge's problem, a check here that fails, a
 * verification code another document has) is kept as that problem, for the clerk to see. Only the
 * first answer's document counts: a redelivered answer adds nothing.
 */
@ApplicationScoped
public class ProofKeeping {

    /** How the audit line of a completion starts when a document was kept. */
    static final String KEPT = " proof=";

    @Inject
    CaseRepository cases;

    /**
     * Keeps it and says what happened, for the audit trail (never the bytes). {@code completedNow}: this
     * answer completed the task. A task gets its proof only when it is completed, so a task completed now
     * has none yet; an answer that finds it completed already (a redelivery) keeps nothing, without asking
     * the database.
     */
    String keep(CaseTask task, boolean completedNow, AgencyDocument document, Instant now) {
        if (!completedNow || task.status() != TaskStatus.COMPLETED) {
            return "";
        }
        ProofDocument proof = proofOf(task, document, now);
        cases.addProof(proof);
        return proof.kept()
                ? KEPT + proof.verificationCode().orElseThrow()
                : " proofRefused=" + proof.problem().orElseThrow();
    }

    private ProofDocument proofOf(CaseTask task, AgencyDocument document, Instant now) {
        if (!document.usable()) {
            return ProofDocument.refused(task, document.problem(), now);
        }
        if (!ProofDocument.PDF.equalsIgnoreCase(document.contentType())) {
            return ProofDocument.refused(task, "the document is " + document.contentType() + ", not a PDF", now);
        }
        if (document.verificationCode() != null && cases.verificationCodeTaken(document.verificationCode())) {
            return ProofDocument.refused(
                    task, "the verification code " + document.verificationCode() + " names another document", now);
        }
        try {
            return ProofDocument.issued(
                    task, document.fileName(), document.content(), document.sha256(), document.verificationCode(), now);
        } catch (IllegalArgumentException unacceptable) {
            return ProofDocument.refused(task, unacceptable.getMessage(), now);
        }
    }
}
