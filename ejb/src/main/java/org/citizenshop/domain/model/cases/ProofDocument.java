package org.citizenshop.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.citizenshop.domain.model.Clipped;

/**
 * The proof of completion an agency sent with a task's answer: the document it issued (a PDF whose
 * SHA-256 digest matches and that carries the agency's verification code), or, when the shop could
 * not accept what came, the problem with it and no document. A task has at most one; it is personal
 * data of the people in the case.
 */
@Entity
@Table(name = "proof_document")
public class ProofDocument {

    /** The largest document an agency may send: a certificate is a few kilobytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public static final String PDF = "application/pdf";

    /** The agency's code and twelve letters or digits in groups of four: {@code IRN-7KQ3-9XMP-2B4D}. */
    public static final Pattern VERIFICATION_CODE = Pattern.compile("[A-Z]{2,4}(-[0-9A-Z]{4}){3}");

    public static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}\\.pdf");
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proof_document_ids")
    @SequenceGenerator(name = "proof_document_ids", sequenceName = "proof_document_ids", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private CaseTask task;

    @Column(name = "verification_code", length = 40, unique = true)
    private String verificationCode;

    @Column(length = 64)
    private String sha256;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "file_name", length = 100)
    private String fileName;

    @Column(name = "size_bytes")
    private Integer sizeBytes;

    @Column(name = "content")
    private byte[] content;

    @Column(length = 500)
    private String problem;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ProofDocument() {}

    /**
     * The document the agency issued for {@code task}, checked again here whatever checked it before:
     * a PDF of at most {@link #MAX_BYTES}, whose digest is {@code sha256}, with a verification code.
     */
    public static ProofDocument issued(
            CaseTask task, String fileName, byte[] content, String sha256, String verificationCode, Instant at) {
        problemWith(content, sha256, verificationCode).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        ProofDocument document = new ProofDocument(task, at);
        document.content = content.clone();
        document.sizeBytes = content.length;
        document.sha256 = sha256;
        document.contentType = PDF;
        document.verificationCode = verificationCode;
        document.fileName =
                fileName != null && FILE_NAME.matcher(fileName).matches() ? fileName : task.serviceCode() + ".pdf";
        return document;
    }

    /** The agency sent a document the shop could not accept: only why is kept. */
    public static ProofDocument refused(CaseTask task, String problem, Instant at) {
        if (problem == null || problem.isBlank()) {
            throw new IllegalArgumentException("a refused document has its problem");
        }
        ProofDocument document = new ProofDocument(task, at);
        document.problem = Clipped.to(problem, 500);
        return document;
    }

    private ProofDocument(CaseTask task, Instant at) {
        this.task = Objects.requireNonNull(task);
        this.receivedAt = Objects.requireNonNull(at);
    }

    /** What is wrong with a document as the agency sent it; empty when it can be kept as proof. */
    public static Optional<String> problemWith(byte[] content, String sha256, String verificationCode) {
        if (content == null || content.length == 0) {
            return Optional.of("the document is empty");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("the document has " + content.length + " bytes, more than " + MAX_BYTES);
        }
        if (!startsWith(content, PDF_MAGIC)) {
            return Optional.of("the document is not a PDF");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.of("the document's digest is not a SHA-256 in hexadecimal");
        }
        if (!sha256.equals(sha256Of(content))) {
            return Optional.of("the document's SHA-256 digest does not match its content");
        }
        if (verificationCode == null
                || !VERIFICATION_CODE.matcher(verificationCode).matches()) {
            return Optional.of("the document has no valid verification code");
        }
        return Optional.empty();
    }

    public static String sha256Of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    public Long id() {
        return id;
    }

    public CaseTask task() {
        return task;
    }

    /** Whether a document is kept (else only the problem with what came). */
    public boolean kept() {
        return content != null;
    }

    public Optional<String> verificationCode() {
        return Optional.ofNullable(verificationCode);
    }

    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }

    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    public int size() {
        return sizeBytes == null ? 0 : sizeBytes;
    }

    public Optional<byte[]> content() {
        return Optional.ofNullable(content).map(byte[]::clone);
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
