package org.citizenshop.it.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo citizens' one-time codes: every citizen of the dev realm has a TOTP credential as the
 * realm's OTP policy says (SHA-1, 6 digits, 30 s), and {@code bin/otp}, which a person trying the demo
 * logs in with, prints the codes of the realm's secrets.
 */
class DemoCitizensOtpTest {

    private static final Path TOOL = Path.of(System.getProperty("citizenshop.otp-tool", "../bin/otp"));

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"citizen1, 59", "citizen2, 1111111109", "citizen3, 2000000000", "citizen1, 1234567890"})
    void binOtp_printsTheCodeOfTheRealmsSecret(String citizen, long epochSecond)
            throws IOException, InterruptedException {
        Process tool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--source",
                        "17",
                        TOOL.toString(),
                        citizen,
                        "--at",
                        Long.toString(epochSecond))
                .redirectErrorStream(true)
                .start();
        assertThat(tool.waitFor(60, TimeUnit.SECONDS)).as("bin/otp ended").isTrue();
        String printed = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(tool.exitValue()).as(printed).isZero();
        assertThat(printed).isEqualTo(OneTimeCodes.of(citizen).codeAt(Instant.ofEpochSecond(epochSecond)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"citizen1", "citizen2", "citizen3"})
    void everyDemoCitizen_hasATotpCredentialAsTheRealmPolicySays(String citizen) {
        Totp totp = OneTimeCodes.of(citizen);

        assertThat(totp.algorithm()).isEqualTo("HmacSHA1");
        assertThat(totp.digits()).isEqualTo(6);
        assertThat(totp.periodSeconds()).isEqualTo(30);
    }

    @Test
    void theRealmsOtpPolicy_isTotpWithSha1SixDigitsAndThirtySeconds() throws IOException {
        JsonObject realm = Endpoints.json(Files.readString(OneTimeCodes.REALM_FILE, StandardCharsets.UTF_8))
                .asJsonObject();

        assertThat(realm.getString("otpPolicyType")).isEqualTo("totp");
        assertThat(realm.getString("otpPolicyAlgorithm")).isEqualTo("HmacSHA1");
        assertThat(realm.getInt("otpPolicyDigits")).isEqualTo(6);
        assertThat(realm.getInt("otpPolicyPeriod")).isEqualTo(30);
        assertThat(realm.getBoolean("bruteForceProtected")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"clerk1", "supervisor1", "admin-irn", "admin-cml"})
    void staff_logInWithThePasswordAlone(String username) {
        assertThat(OneTimeCodes.needsCode(username)).isFalse();
    }
}
