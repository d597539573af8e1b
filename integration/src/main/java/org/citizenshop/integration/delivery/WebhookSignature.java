package org.citizenshop.integration.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How agencies sign what they send to the shop: {@code sha256=<hex HMAC-SHA256 of the body>} with a
 * secret the agency and the shop share.
 */
public final class WebhookSignature {

    private static final String SCHEME = "sha256=";
    private static final String HMAC = "HmacSHA256";

    private WebhookSignature() {}

    /** Compares in constant time, so that the time taken tells nothing about the expected signature. */
    public static boolean genuine(String body, String signature, String secret) {
        if (signature == null || secret == null || secret.isEmpty() || !signature.startsWith(SCHEME)) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.substring(SCHEME.length()).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body == null ? "" : body), given);
    }

    /** The signature header an agency sends with a body (and the tests, to sign theirs). */
    public static String of(String body, String secret) {
        return SCHEME + HexFormat.of().formatHex(hmac(secret, body));
    }

    private static byte[] hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
