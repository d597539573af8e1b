package org.citizenshop.domain.model.cases;

import java.time.Instant;

/**
 * What the boards and the verification show of a task's proof document, without its bytes: its
 * verification code, digest, type, name and size, or the problem with what the agency sent.
 */
public record ProofSummary(
        Long taskId,
        String requestKey,
        String verificationCode,
        String sha256,
        String contentType,
        String fileName,
        Integer size,
        String problem,
        Instant receivedAt) {

    public boolean kept() {
        return problem == null;
    }
}
