package org.citizenshop.integration.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenshop.application.AgencyCallbacks.Verdict;
import org.citizenshop.integration.cml.CmlCallback;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.RecordingOutcomes.Outcome;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.citizenshop.integration.testing.Tasks;
import org.junit.jupiter.api.Test;

/** The municipality's signed callbacks (samples under agency/cml/), checked and read without a server. */
class AgencyCallbackReceiverTest {

    private static final String SECRET = "test-secret-shared-with-the-municipality";

    private final RecordingOutcomes outcomes = new RecordingOutcomes();
    private final AgencyCallbackReceiver receiver = new AgencyCallbackReceiver(outcomes, SECRET);

    private static String sample(String name) {
        return ScriptedAgency.sample("cml", name);
    }

    @Test
    void aSignedCompletion_isRecordedWithItsReferenceAndOutputs() {
        String body = sample("callback-completed.json");

        Verdict verdict = receiver.receive("cml", body, CmlCallback.signature(body, SECRET));

        assertThat(verdict).isEqualTo(Verdict.ACCEPTED);
        assertThat(outcomes.reported)
                .containsExactly(new Outcome(
                        Tasks.KEY, "completed", "CML-2026-000031 {address.municipalConfirmation=CML-MOR-2026-000031}"));
    }

    @Test
    void aSignedRejection_isRecordedWithItsCodeAndReason() {
        String body = sample("callback-rejected.json");

        Verdict verdict = receiver.receive("cml", body, CmlCallback.signature(body, SECRET));

        assertThat(verdict).isEqualTo(Verdict.ACCEPTED);
        assertThat(outcomes.reported)
                .containsExactly(new Outcome(
                        Tasks.KEY, "rejected", "UNKNOWN_ADDRESS: Rua Inexistente 0 is not a street of Lisboa"));
    }

    @Test
    void theSignature_isTheHexHmacSha256OfTheBody_inEitherCase() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), the well-known test vector.
        String body = "The quick brown fox jumps over the lazy dog";
        String expected = "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";

        assertThat(CmlCallback.signature(body, "key")).isEqualTo(expected);
        assertThat(CmlCallback.genuine(body, expected, "key")).isTrue();
        assertThat(CmlCallback.genuine(body, expected.toUpperCase().replace("SHA256=", "sha256="), "key"))
                .isTrue();
    }

    @Test
    void aMissingOrWrongSignature_isNotGenuine_andNothingIsRecorded() {
        String body = sample("callback-completed.json");
        String signedWithAnotherSecret = CmlCallback.signature(body, "another-secret");
        String signatureOfAnotherBody = CmlCallback.signature(body.replace("CML-MOR", "CML-XXX"), SECRET);

        assertThat(receiver.receive("cml", body, null)).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive("cml", body, "")).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive("cml", body, signedWithAnotherSecret)).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive("cml", body, signatureOfAnotherBody)).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive(
                        "cml", body, CmlCallback.signature(body, SECRET).substring(7)))
                .isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive("cml", body, "sha256=not-hex")).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive("cml", body, "sha256=abcd")).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(outcomes.reported).isEmpty();
    }

    @Test
    void aCallbackForAnAgencyThatDoesNotCallBack_isNotGenuine() {
        String body = sample("callback-completed.json");

        assertThat(receiver.receive("irn", body, CmlCallback.signature(body, SECRET)))
                .isEqualTo(Verdict.NOT_GENUINE);
        assertThat(outcomes.reported).isEmpty();
    }

    @Test
    void aSignedBodyThatIsNotJson_orLacksAField_isUnreadable() {
        for (String body : new String[] {
            "not json at all",
            "[\"an\",\"array\"]",
            "",
            sample("callback-without-key.json"),
            sample("callback-outputs-not-text.json"),
            "{\"requestKey\":\"k\",\"status\":\"COMPLETED\",\"outputs\":{}}",
            "{\"requestKey\":\"k\",\"status\":\"REJECTED\",\"reason\":\"no code\"}",
            "{\"requestKey\":\"k\",\"status\":\"LOST\",\"agencyReference\":\"CML-1\"}",
            // Deeper than the JSON parser allows: it throws a bare RuntimeException.
            "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"
        }) {
            assertThat(receiver.receive("cml", body, CmlCallback.signature(body, SECRET)))
                    .as(body)
                    .isEqualTo(Verdict.UNREADABLE);
        }
        assertThat(outcomes.reported).isEmpty();
    }

    @Test
    void noSecretConfigured_meansNoCallbackIsGenuine() {
        String body = sample("callback-completed.json");
        AgencyCallbackReceiver unconfigured = new AgencyCallbackReceiver(outcomes, "");

        assertThat(unconfigured.receive("cml", body, CmlCallback.signature(body, SECRET)))
                .isEqualTo(Verdict.NOT_GENUINE);
        assertThat(unconfigured.receive("cml", body, "sha256=")).isEqualTo(Verdict.NOT_GENUINE);
    }
}
