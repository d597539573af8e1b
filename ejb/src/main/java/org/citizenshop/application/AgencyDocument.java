package org.citizenshop.application;

import java.io.Serializable;
import java.util.Objects;

/**
 * The document an agency sent with a task's completion, as the integration layer read it at the
 * edge: either its bytes with what describes them (checked: PDF, size, digest, base64), or only the
 * problem that made the shop refuse it. The bytes are personal data: never logged, never printed.
 */
public record AgencyDocument(
        String fileName, String contentType, byte[] content, String sha256, String verificationCode, String problem)
        implements Serializable {

    public AgencyDocument {
        if ((content == null) == (problem == null)) {
            throw new IllegalArgumentException("a document has either its content or the problem with it");
        }
        content = content == null ? null : content.clone();
    }

    public static AgencyDocument received(
            String fileName, String contentType, byte[] content, String sha256, String verificationCode) {
        return new AgencyDocument(
                fileName, contentType, Objects.requireNonNull(content), sha256, verificationCode, null);
    }

    public static AgencyDocument refused(String problem) {
        return new AgencyDocument(null, null, null, null, null, Objects.requireNonNull(problem));
    }

    public boolean usable() {
        return problem == null;
    }

    @Override
    public byte[] content() {
        return content == null ? null : content.clone();
    }

    /** Never the bytes: what a log or an assertion message may show. */
    @Override
    public String toString() {
        return usable()
                ? "AgencyDocument[" + fileName + ", " + content.length + " bytes, " + verificationCode + "]"
                : "AgencyDocument[refused: " + problem + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgencyDocument that
                && Objects.equals(fileName, that.fileName)
                && Objects.equals(contentType, that.contentType)
                && java.util.Arrays.equals(content, that.content)
                && Objects.equals(sha256, that.sha256)
                && Objects.equals(verificationCode, that.verificationCode)
                && Objects.equals(problem, that.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                fileName, contentType, java.util.Arrays.hashCode(content), sha256, verificationCode, problem);
    }
}
