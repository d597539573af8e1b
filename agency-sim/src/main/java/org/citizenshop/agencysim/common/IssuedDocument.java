package org.citizenshop.agencysim.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A document an agency issued with a completion (a birth record, a NIF certificate): the PDF's bytes, their SHA-256
 * digest and the agency's verification code printed on it. Made once per request key and stored with the decision, so
 * that a replay answers the same bytes.
 */
public record IssuedDocument(
        String fileName, String contentType, byte[] content, String sha256, String verificationCode) {

    public static final String PDF = "application/pdf";

    public IssuedDocument {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(verificationCode);
        content = content.clone();
        Objects.requireNonNull(sha256);
    }

    /** A PDF with its digest computed from {@code content}. */
    public static IssuedDocument pdf(String fileName, byte[] content, String verificationCode) {
        return new IssuedDocument(fileName, PDF, content, sha256Of(content), verificationCode);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(content);
    }

    public static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** For the request log: never the content. */
    @Override
    public String toString() {
        return "IssuedDocument[" + fileName + ", " + content.length + " bytes, " + verificationCode + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IssuedDocument document
                && fileName.equals(document.fileName)
                && contentType.equals(document.contentType)
                && sha256.equals(document.sha256)
                && verificationCode.equals(document.verificationCode)
                && java.util.Arrays.equals(content, document.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, sha256, verificationCode, new String(content, StandardCharsets.ISO_8859_1));
    }
}
