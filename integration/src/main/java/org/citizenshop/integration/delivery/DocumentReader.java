package org.citizenshop.integration.delivery;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.domain.model.cases.ProofDocument;

/**
 * Reads the document an agency sends with a completion, whatever its wire shape (a JSON object, a SOAP
 * element): the bytes in base64 and what the agency declares of them. It refuses, with the problem in
 * plain words, anything the shop should not keep: not a PDF, bigger than the limit (checked before
 * decoding), base64 that is not well-formed, a size or SHA-256 digest that does not match the bytes,
 * no verification code. The problem never quotes the content.
 */
public final class DocumentReader {

    private final int maxBytes;

    public DocumentReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The shop's limit, {@link ProofDocument#MAX_BYTES}. */
    public static DocumentReader standard() {
        return new DocumentReader(ProofDocument.MAX_BYTES);
    }

    /**
     * The longest base64 text this reader looks at: the encoded limit, with as much again for line breaks. A reply
     * that carries a document may be this much longer than one without.
     */
    public long longestContent() {
        return 2 * encodedLimit();
    }

    private long encodedLimit() {
        return 4L * ((maxBytes + 2) / 3);
    }

    /** What the agency declared: each part as the text it sent (null when missing). */
    public record Declared(
            String fileName, String contentType, String size, String sha256, String verificationCode, String base64) {}

    public AgencyDocument read(Declared declared) {
        try {
            return AgencyDocument.received(
                    declared.fileName(),
                    ProofDocument.PDF,
                    content(declared),
                    declared.sha256().toLowerCase(Locale.ROOT),
                    declared.verificationCode());
        } catch (Unacceptable problem) {
            return AgencyDocument.refused(problem.getMessage());
        }
    }

    private byte[] content(Declared declared) throws Unacceptable {
        String type = declared.contentType() == null
                ? ""
                : declared.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!ProofDocument.PDF.equals(type)) {
            throw new Unacceptable("the document is " + (type.isEmpty() ? "of no type" : type) + ", not a PDF");
        }
        long size = size(declared.size());
        if (size > maxBytes) {
            throw new Unacceptable("the document declares " + size + " bytes, more than the limit of " + maxBytes);
        }
        String text = declared.base64();
        if (text == null || text.isBlank()) {
            throw new Unacceptable("the document has no content");
        }
        long encodedLimit = encodedLimit();
        // Line breaks (a SOAP stack wraps base64) are allowed, within reason, before looking closer.
        if (text.length() > longestContent()) {
            throw new Unacceptable("the document's content is longer than the limit of " + maxBytes + " bytes allows");
        }
        String compact = text.replaceAll("\\s+", "");
        if (compact.length() > encodedLimit) {
            throw new Unacceptable("the document's content is longer than the limit of " + maxBytes + " bytes allows");
        }
        byte[] content;
        try {
            content = Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException notBase64) {
            throw new Unacceptable("the document's content is not valid base64");
        }
        if (content.length != size) {
            throw new Unacceptable("the document has " + content.length + " bytes, not the " + size + " it declares");
        }
        if (declared.sha256() == null
                || !ProofDocument.SHA256
                        .matcher(declared.sha256().toLowerCase(Locale.ROOT))
                        .matches()) {
            throw new Unacceptable("the document's digest is not a SHA-256 in hexadecimal");
        }
        Optional<String> problem = ProofDocument.problemWith(
                content, declared.sha256().toLowerCase(Locale.ROOT), declared.verificationCode());
        if (problem.isPresent()) {
            throw new Unacceptable(problem.get());
        }
        return content;
    }

    private static long size(String declared) throws Unacceptable {
        try {
            long size = Long.parseLong(declared == null ? "" : declared.strip());
            if (size < 0) {
                throw new Unacceptable("the document's size is negative");
            }
            return size;
        } catch (NumberFormatException notANumber) {
            throw new Unacceptable("the document's size is not a number");
        }
    }

    /** Why a document cannot be kept. */
    private static class Unacceptable extends Exception {

        Unacceptable(String problem) {
            super(problem, null, false, false);
        }
    }
}
