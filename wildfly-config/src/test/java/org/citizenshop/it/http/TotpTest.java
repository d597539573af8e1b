package org.citizenshop.it.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-time codes the tests log citizens in with, against the test vectors of RFC 6238, appendix B. */
class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource({
        "HmacSHA1,            59, 94287082",
        "HmacSHA256,          59, 46119246",
        "HmacSHA512,          59, 90693936",
        "HmacSHA1,    1111111109, 07081804",
        "HmacSHA256,  1111111109, 68084774",
        "HmacSHA512,  1111111109, 25091201",
        "HmacSHA1,    1111111111, 14050471",
        "HmacSHA256,  1111111111, 67062674",
        "HmacSHA512,  1111111111, 99943326",
        "HmacSHA1,    1234567890, 89005924",
        "HmacSHA256,  1234567890, 91819424",
        "HmacSHA512,  1234567890, 93441116",
        "HmacSHA1,    2000000000, 69279037",
        "HmacSHA256,  2000000000, 90698825",
        "HmacSHA512,  2000000000, 38618901",
        "HmacSHA1,   20000000000, 65353130",
        "HmacSHA256, 20000000000, 77737706",
        "HmacSHA512, 20000000000, 47863826"
    })
    void codeAt_givesTheCodesOfRfc6238(String algorithm, long epochSecond, String expected) {
        byte[] key =
                switch (algorithm) {
                    case "HmacSHA256" -> SHA256_KEY;
                    case "HmacSHA512" -> SHA512_KEY;
                    default -> SHA1_KEY;
                };

        assertThat(new Totp(key, algorithm, 8, 30).codeAt(Instant.ofEpochSecond(epochSecond)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({"59, 287082", "1111111109, 081804", "1234567890, 005924"})
    void sixDigits_areTheLastSixOfTheEightDigitCode(long epochSecond, String expected) {
        assertThat(new Totp(SHA1_KEY, "HmacSHA1", 6, 30).codeAt(Instant.ofEpochSecond(epochSecond)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} s is step {1}")
    @CsvSource({"0, 0", "29, 0", "30, 1", "59, 1", "1111111109, 37037036"})
    void stepAt_countsPeriodsSinceTheEpoch(long epochSecond, long step) {
        assertThat(new Totp(SHA1_KEY, "HmacSHA1", 6, 30).stepAt(Instant.ofEpochSecond(epochSecond)))
                .isEqualTo(step);
    }
}
