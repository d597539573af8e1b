package org.citizenshop.domain.model.ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A one-way token of the client that took an anonymous ticket, so the number of tickets one client
 * takes can be limited without storing its network address.
 */
public record ClientFingerprint(String value) {

    public ClientFingerprint {
        if (value == null || !value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a fingerprint is a SHA-256 hex digest");
        }
    }

    public static ClientFingerprint of(String clientAddress) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("citizen-shop:" + clientAddress).getBytes(StandardCharsets.UTF_8));
            return new ClientFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
