package org.citizenshop.it.http;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one-time codes of the demo citizens, from the OTP credentials of the dev realm file (the only
 * place, with {@code bin/otp}, that holds their secrets). Keycloak takes each code once and accepts
 * the codes of the time steps just before and after the current one, so {@link #fresh} hands out a
 * code of one of those steps that this test run has not used yet.
 */
public final class OneTimeCodes {

    static final Path REALM_FILE =
            Path.of(System.getProperty("citizenshop.realm-file", "src/main/keycloak/citizen-shop-realm.json"));

    /** The previous step's code is only used when this many seconds of the current step are left. */
    private static final int PREVIOUS_STEP_MARGIN_SECONDS = 5;

    private static final Map<String, Totp> GENERATORS = readRealm();
    private static final Map<String, Set<String>> USED = new HashMap<>();

    private OneTimeCodes() {}

    /** Whether the user logs in with a one-time code as well as his password. */
    public static boolean needsCode(String username) {
        return GENERATORS.containsKey(username);
    }

    /** The user's generator, as his OTP credential in the realm file configures it. */
    public static Totp of(String username) {
        return Optional.ofNullable(GENERATORS.get(username))
                .orElseThrow(() -> new IllegalArgumentException(username + " has no OTP credential in " + REALM_FILE));
    }

    /** A code Keycloak accepts now and has not seen from this test run. */
    public static synchronized String fresh(String username, Clock clock) {
        Totp totp = of(username);
        Instant now = clock.instant();
        long step = totp.stepAt(now);
        boolean previousStillSafe =
                (step + 1) * totp.periodSeconds() - now.getEpochSecond() > PREVIOUS_STEP_MARGIN_SECONDS;
        List<Long> candidates = previousStillSafe ? List.of(step, step + 1, step - 1) : List.of(step, step + 1);
        Set<String> used = USED.computeIfAbsent(username, user -> new HashSet<>());
        for (long candidate : candidates) {
            String code = totp.codeOfStep(candidate);
            if (used.add(code)) {
                return code;
            }
        }
        throw new IllegalStateException("Every one-time code Keycloak accepts for " + username
                + " now was used by this test run; reuse a token (Endpoints.tokenOf) instead of logging in again");
    }

    private static Map<String, Totp> readRealm() {
        JsonObject realm;
        try {
            realm = Endpoints.json(Files.readString(REALM_FILE, StandardCharsets.UTF_8))
                    .asJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dev realm " + REALM_FILE.toAbsolutePath(), e);
        }
        Map<String, Totp> generators = new HashMap<>();
        for (JsonValue user : realm.getJsonArray("users")) {
            JsonObject account = user.asJsonObject();
            for (JsonValue credential : account.getJsonArray("credentials") == null
                    ? List.<JsonValue>of()
                    : account.getJsonArray("credentials")) {
                JsonObject otp = credential.asJsonObject();
                if ("otp".equals(otp.getString("type"))) {
                    generators.put(account.getString("username"), totp(otp));
                }
            }
        }
        return Map.copyOf(generators);
    }

    private static Totp totp(JsonObject credential) {
        JsonObject secret = Endpoints.json(credential.getString("secretData")).asJsonObject();
        JsonObject data = Endpoints.json(credential.getString("credentialData")).asJsonObject();
        if (!"totp".equals(data.getString("subType")) || data.containsKey("secretEncoding")) {
            throw new IllegalStateException("Only TOTP credentials with a plain secret are supported: " + data);
        }
        return new Totp(
                secret.getString("value").getBytes(StandardCharsets.UTF_8),
                data.getString("algorithm"),
                data.getInt("digits"),
                data.getInt("period"));
    }
}
