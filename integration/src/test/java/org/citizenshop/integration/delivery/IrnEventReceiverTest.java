package org.citizenshop.integration.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.citizenshop.application.AgencyCallbacks.Verdict;
import org.citizenshop.application.CaseSubmission;
import org.citizenshop.application.CaseView;
import org.citizenshop.application.ProposedCases;
import org.citizenshop.integration.testing.RecordingOutcomes;
import org.citizenshop.integration.testing.ScriptedAgency;
import org.junit.jupiter.api.Test;

/** The civil registry's birth events, signed, read into proposals; forged or unreadable ones refused. */
class IrnEventReceiverTest {

    private static final String SECRET = "irn-test-secret";

    private final List<ProposedCases.BirthRegistered> proposed = new CopyOnWriteArrayList<>();
    private final ProposedCases proposals = new ProposedCases() {
        @Override
        public void birthRegistered(BirthRegistered event) {
            proposed.add(event);
        }

        @Override
        public List<CaseView> proposalsFor(String civilId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseView consent(String reference, String consent, CaseSubmission.Document document) {
            throw new UnsupportedOperationException();
        }
    };
    private final AgencyCallbackReceiver receiver =
            new AgencyCallbackReceiver(new RecordingOutcomes(), "cml-secret", proposals, SECRET);

    @Test
    void aSignedBirthEvent_becomesAProposal_withTheChildAndBothParents() {
        String body = ScriptedAgency.sample("irn", "event-birth-registered.json");

        assertThat(receiver.receive("irn", body, WebhookSignature.of(body, SECRET)))
                .isEqualTo(Verdict.ACCEPTED);

        assertThat(proposed).hasSize(1);
        ProposedCases.BirthRegistered event = proposed.get(0);
        assertThat(event.eventId()).isEqualTo("5d0c0d7e-2f7a-4a34-9a3e-3c1b8f2a9e11");
        assertThat(event.childCivilId()).isEqualTo("40000007");
        assertThat(event.birthRecordNumber()).isEqualTo("NASC-2026-000007");
        assertThat(event.motherCivilId()).isEqualTo("12345678");
        assertThat(event.fatherCivilId()).isEqualTo("30000001");
        assertThat(event.address()).isEqualTo("Rua do Sol 5, 1100-001 Lisboa");
        assertThat(event.motherMobile()).as("the maternity took it").isEqualTo("+351912345678");
        assertThat(event.fatherMobile())
                .as("a landline is no mobile: left out, the event kept")
                .isNull();
    }

    @Test
    void aForgedOrUnsignedEvent_isNotGenuine_evenWithTheMunicipalitysSecret() {
        String body = ScriptedAgency.sample("irn", "event-birth-registered.json");

        assertThat(receiver.receive("irn", body, null)).isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive("irn", body, WebhookSignature.of(body, "cml-secret")))
                .isEqualTo(Verdict.NOT_GENUINE);
        assertThat(receiver.receive("irn", body.replace("40000007", "40000008"), WebhookSignature.of(body, SECRET)))
                .isEqualTo(Verdict.NOT_GENUINE);
        assertThat(proposed).isEmpty();
    }

    @Test
    void anEventWithoutTheMother_ofAnotherType_orNotJson_isUnreadable() {
        String body = ScriptedAgency.sample("irn", "event-birth-registered.json");
        for (String unreadable : new String[] {
            body.replace("\"mother\":{\"civilId\":\"12345678\",\"mobile\":\"912 345 678\"},", ""),
            body.replace("BIRTH_REGISTERED", "DEATH_REGISTERED"),
            body.replace("\"2026-11-27T10:15:30Z\"", "\"yesterday\""),
            "<html>not json</html>",
            "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"
        }) {
            assertThat(receiver.receive("irn", unreadable, WebhookSignature.of(unreadable, SECRET)))
                    .as(unreadable.length() > 80 ? unreadable.substring(0, 80) : unreadable)
                    .isEqualTo(Verdict.UNREADABLE);
        }
        assertThat(proposed).isEmpty();
    }
}
