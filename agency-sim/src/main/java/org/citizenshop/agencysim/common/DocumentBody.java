package org.citizenshop.agencysim.common;

/**
 * An issued document on the JSON wire, as the civil registry sends its own and the driving authority and the
 * municipality too: what it is, its size and digest, the verification code, the bytes in base64.
 */
public record DocumentBody(
        String fileName, String contentType, int size, String sha256, String verificationCode, String content) {

    public static DocumentBody of(IssuedDocument document) {
        return new DocumentBody(
                document.fileName(),
                document.contentType(),
                document.size(),
                document.sha256(),
                document.verificationCode(),
                document.base64());
    }
}
