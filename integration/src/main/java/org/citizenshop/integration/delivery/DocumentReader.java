package org.citizenshop.integration.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.domain.model.cases.ProofDocument;

/**
 * Reads the document an agency sends with a completion, whatever its wire shape (a JSON object, a SOAP
 * element, a file beside a batch's results): the bytes in base64, or the file, and what the agency
 * declares of them. It refuses, with the problem in
 * plain words, anything the shop should not keep: not a PDF, bigger than the limit (checked before
 * decoding), base64 that is not well-formed, a size or SHA-256 digest that does not match the bytes,
 * no verification code. The problem never quotes the content.
 */
public final class DocumentReader {

    /** A file beside an answer: letters, digits, {@code . _ -}, not starting with a dot, ending in {@code .pdf}. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}\\.pdf");

    private static final Logger LOG = Logger.getLogger(DocumentReader.class.getName());

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
        return verified(content, size, declared);
    }

    /**
     * A document that comes as a file of its own beside the answer (a batch exchange): {@code
     * fileName} names it in {@code folder}; {@code contentType} and {@code base64} play no part, a
     * file's type is its name ({@code .pdf}) and its first bytes. The name must be a plain one (no
     * folder, no dot file), the file a regular one of the declared size (checked before reading it).
     * A file that is missing is refused as such: the answer it came with stands.
     */
    public AgencyDocument readFile(Path folder, Declared declared) {
        try {
            return AgencyDocument.received(
                    declared.fileName(),
                    ProofDocument.PDF,
                    fileContent(folder, declared),
                    declared.sha256().toLowerCase(Locale.ROOT),
                    declared.verificationCode());
        } catch (Unacceptable problem) {
            return AgencyDocument.refused(problem.getMessage());
        }
    }

    private byte[] fileContent(Path folder, Declared declared) throws Unacceptable {
        String name = declared.fileName();
        if (name == null || name.isBlank()) {
            throw new Unacceptable("the document has no file name");
        }
        if (!FILE_NAME.matcher(name).matches()) {
            throw new Unacceptable("the document's file name is not the plain name of a PDF file");
        }
        long size = size(declared.size());
        if (size > maxBytes) {
            throw new Unacceptable("the document declares " + size + " bytes, more than the limit of " + maxBytes);
        }
        Path file = folder.resolve(name);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new Unacceptable("the document file " + name + " is missing");
            }
            long found = Files.size(file);
            if (found != size) {
                throw new Unacceptable("the document file has " + found + " bytes, not the " + size + " it declares");
            }
            return verified(Files.readAllBytes(file), size, declared);
        } catch (IOException unreadable) {
            LOG.log(Level.WARNING, unreadable, () -> "The document file " + file + " cannot be read");
            throw new Unacceptable("the document file " + name + " cannot be read");
        }
    }

    /** The checks on the bytes themselves, however they came: size, digest, PDF, verification code. */
    private static byte[] verified(byte[] content, long size, Declared declared) throws Unacceptable {
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
