package org.citizenshop.application.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citizenshop.application.CaseView;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.cases.CaseTask;
import org.citizenshop.domain.model.cases.CitizenCase;
import org.citizenshop.domain.model.cases.PresentedDocument;
import org.citizenshop.domain.model.cases.ProofSummary;
import org.citizenshop.domain.model.catalogue.ServiceOutput;

/** A case as its status board shows it. */
final class CaseViews {

    private static final LocalizedText SINGLE_SERVICE = new LocalizedText("Serviço", "Service");

    private CaseViews() {}

    static CaseView of(CitizenCase citizenCase, Instant now) {
        return of(citizenCase, List.of(), now);
    }

    /** The board with the proofs the agencies sent (their summaries, never the bytes). */
    static CaseView of(CitizenCase citizenCase, List<ProofSummary> proofs, Instant now) {
        Map<Long, ProofSummary> byTask =
                proofs.stream().collect(Collectors.toMap(ProofSummary::taskId, proof -> proof, (a, b) -> a));
        List<CaseView.TaskView> tasks = citizenCase.tasks().stream()
                .map(task -> task(task, byTask.get(task.id()), now))
                .toList();
        return new CaseView(
                citizenCase.reference().value(),
                citizenCase.trackingCode().value(),
                citizenCase.lifeEvent().map(event -> event.code()).orElse(null),
                citizenCase
                        .lifeEvent()
                        .map(event -> event.name())
                        .orElseGet(() ->
                                tasks.isEmpty() ? SINGLE_SERVICE : tasks.get(0).name()),
                citizenCase.shop().map(shop -> shop.code().value()).orElse(null),
                citizenCase.channel().name(),
                citizenCase.submittedAt(),
                citizenCase.progress().name(),
                tasks,
                null,
                citizenCase
                        .identificationLevel()
                        .map(level -> new CaseView.Identification(
                                level.name(),
                                citizenCase
                                        .presentedDocument()
                                        .map(document -> document.kind().name())
                                        .orElse(null),
                                citizenCase
                                        .presentedDocument()
                                        .map(PresentedDocument::masked)
                                        .orElse(null),
                                citizenCase.identifiedBy().orElse(null)))
                        .orElse(null));
    }

    private static CaseView.TaskView task(CaseTask task, ProofSummary proof, Instant now) {
        List<CaseView.OutputView> outputs = task.service().outputs().stream()
                .filter(output -> task.outputs().get(output.key()) != null)
                .map(output -> output(output, task.outputs().get(output.key())))
                .toList();
        return new CaseView.TaskView(
                task.serviceCode(),
                task.service().name(),
                task.service().agency().code().value(),
                task.status().name(),
                task.queued(),
                task.dependsOn().stream().sorted().toList(),
                task.handedOffAt().orElse(null),
                task.dueAt().orElse(null),
                task.standing(now).map(Enum::name).orElse(null),
                task.finishedAt().orElse(null),
                task.agencyReference().orElse(null),
                outputs,
                task.rejectionCode().orElse(null),
                task.rejectionReason().orElse(null),
                task.lastError().orElse(null),
                task.failedAttempts(),
                task.key().value(),
                corrections(task),
                proof == null ? null : proof(proof));
    }

    /** The corrections of a step's data, each field by its label in the step's service. */
    static List<CaseView.Correction> corrections(CaseTask task) {
        return task.corrections().stream()
                .map(correction -> new CaseView.Correction(
                        correction.correctedBy(),
                        correction.correctedAt(),
                        correction.fields().stream()
                                .map(key -> new CaseView.FieldName(
                                        key,
                                        task.service().fields().stream()
                                                .filter(field -> field.key().equals(key))
                                                .findFirst()
                                                .map(field -> field.label())
                                                .orElse(new LocalizedText(key, key))))
                                .toList()))
                .toList();
    }

    private static CaseView.ProofView proof(ProofSummary proof) {
        return new CaseView.ProofView(
                proof.kept() ? CaseView.ProofView.DOCUMENT : CaseView.ProofView.REFUSED,
                proof.verificationCode(),
                proof.sha256(),
                proof.contentType(),
                proof.fileName(),
                proof.size(),
                proof.receivedAt(),
                proof.problem());
    }

    private static CaseView.OutputView output(ServiceOutput output, String value) {
        return new CaseView.OutputView(output.key(), output.label(), value);
    }
}
