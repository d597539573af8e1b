package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.citizenshop.application.Proofs;
import org.citizenshop.application.Roles;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.cases.CaseReference;
import org.citizenshop.domain.model.cases.CaseRepository;
import org.citizenshop.domain.model.cases.CaseTask;
import org.citizenshop.domain.model.cases.CitizenCase;
import org.citizenshop.domain.model.cases.ProofDocument;
import org.citizenshop.domain.model.cases.ProofSummary;
import org.citizenshop.domain.model.privacy.DataAccess;
import org.citizenshop.domain.model.privacy.DataAction;
import org.citizenshop.domain.model.privacy.PersonalData;

@Stateless
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
public class ProofService implements Proofs {

    @Inject
    CaseRepository cases;

    @Inject
    DataTrail trail;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    @Override
    public ProofFile document(String caseReference, String taskKey) {
        NotFoundException unknown = new NotFoundException(
                "proof.unknown", "No document for this step of case " + caseReference, caseReference);
        CitizenCase owner = cases.find(CaseReference.of(caseReference)).orElseThrow(() -> unknown);
        CaseTask task = owner.tasks().stream()
                .filter(candidate -> candidate.key().value().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> unknown);
        ProofDocument proof = cases.proofOf(task).filter(ProofDocument::kept).orElseThrow(() -> unknown);
        String caller = session.getCallerPrincipal().getName();
        trail.record(
                DataTrail.subjectsOf(owner),
                caller,
                DataTrail.roleOf(session),
                DataAction.READ,
                EnumSet.of(PersonalData.DOCUMENT),
                DataAccess.Purpose.DOCUMENT_READ,
                owner.reference().value());
        audit.record(
                caller,
                "case.documentRead",
                owner.reference().value(),
                task.serviceCode() + " " + proof.verificationCode().orElseThrow());
        return new ProofFile(
                proof.fileName().orElseThrow(),
                proof.contentType().orElseThrow(),
                proof.content().orElseThrow(),
                proof.sha256().orElseThrow());
    }

    @Override
    @PermitAll
    public ProofCheck verify(String code) {
        String typed = code.strip();
        Optional<ProofSummary> found =
                ProofDocument.SHA256.matcher(typed.toLowerCase(Locale.ROOT)).matches()
                        ? cases.proofWithDigest(typed.toLowerCase(Locale.ROOT))
                        : cases.proofWithCode(typed.toUpperCase(Locale.ROOT));
        ProofSummary proof = found.filter(ProofSummary::kept)
                .orElseThrow(() -> new NotFoundException("proof.notKnown", "No document is known by this code", typed));
        CaseTask task = cases.findTask(RequestKey.of(proof.requestKey())).orElseThrow();
        return new ProofCheck(
                proof.verificationCode(),
                task.service().agency().code().value(),
                task.service().agency().name(),
                task.serviceCode(),
                task.service().name(),
                proof.receivedAt());
    }
}
