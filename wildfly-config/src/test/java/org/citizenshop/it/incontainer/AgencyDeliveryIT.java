package org.citizenshop.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.citizenshop.application.AgencyRequestView;
import org.citizenshop.application.AgencyRequests;
import org.citizenshop.application.CitizenCardApplication;
import org.citizenshop.application.DeskOperations;
import org.citizenshop.application.TicketIssuing;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.domain.model.agencyrequest.CitizenCardReason;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.support.AsAnonymous;
import org.citizenshop.it.support.AsFirstClerk;
import org.citizenshop.it.support.Caller;
import org.citizenshop.it.support.TestFloor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A clerk's citizen card request travels for real: stored with its JMS hand-off in one
 * transaction, taken by the integration layer, delivered by the Camel route to the simulated civil
 * registry with its idempotency key, and the answer recorded; with the registry down, it is retried
 * until the registry is back, and the registry applies it once.
 */
@ExtendWith(ArquillianExtension.class)
class AgencyDeliveryIT {

    private static final Duration DELIVERY = Duration.ofSeconds(90);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                new Class<?>[] {
                    AgencyDeliveryIT.class,
                    TestFloor.class,
                    TestFloor.Floor.class,
                    Caller.class,
                    AsFirstClerk.class,
                    AsAnonymous.class,
                    Deployments.class
                },
                Assertions.class,
                Awaitility.class,
                org.hamcrest.Matcher.class);
    }

    @Inject
    TicketIssuing issuing;

    @Inject
    DeskOperations desks;

    @Inject
    AgencyRequests requests;

    @Inject
    TestFloor testFloor;

    @Inject
    AsFirstClerk clerk;

    @Inject
    AsAnonymous anonymous;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String registry = System.getenv().getOrDefault("AGENCY_IRN_URL", "http://localhost:8280");
    private TestFloor.Floor floor;

    @BeforeEach
    void aCitizenAtTheDesk() throws Exception {
        registryBehaves("{\"latencyMs\":0,\"failureRate\":0.0,\"down\":false}");
        floor = testFloor.create();
        anonymous.call(() -> issuing.take(TicketRequest.forService(floor.shop(), "IRN-CC", null, Channel.KIOSK, null)));
        clerk.call(() -> desks.callNext(floor.firstDesk()).orElseThrow());
    }

    @AfterEach
    void registryUpAgain() throws Exception {
        registryBehaves("{\"latencyMs\":0,\"failureRate\":0.0,\"down\":false}");
    }

    private AgencyRequestView request(String civilId, String document, CitizenCardReason reason) throws Exception {
        return clerk.call(() ->
                requests.requestCitizenCard(floor.firstDesk(), new CitizenCardApplication(civilId, document, reason)));
    }

    private AgencyRequestView reread(AgencyRequestView request) throws Exception {
        return clerk.call(() -> requests.find(request.key()));
    }

    @Test
    void aRenewal_isAcceptedByTheRegistry_withItsReference() throws Exception {
        AgencyRequestView sent = request(null, "12345678 2 ZZ6", CitizenCardReason.RENEWAL);
        assertThat(sent.status()).isEqualTo("QUEUED");

        await().atMost(DELIVERY).until(() -> reread(sent).status().equals("ACCEPTED"));

        AgencyRequestView accepted = reread(sent);
        assertThat(accepted.agencyReference()).matches("IRN-CC-\\d{4}-\\d{6}");
        assertThat(accepted.expectedDate()).isAfterOrEqualTo(java.time.LocalDate.now());
        assertThat(effectsFor(sent.key())).isEqualTo(1);
    }

    @Test
    void anUnknownCitizen_isRejectedWithTheRegistrysReason() throws Exception {
        AgencyRequestView sent = request("99999999", null, CitizenCardReason.FIRST);

        await().atMost(DELIVERY).until(() -> reread(sent).status().equals("REJECTED"));

        assertThat(reread(sent).rejectionCode()).isEqualTo("UNKNOWN_CITIZEN");
    }

    @Test
    void withTheRegistryDown_theRequestWaits_andIsDeliveredOnceWhenItIsBack() throws Exception {
        registryBehaves("{\"down\":true}");
        AgencyRequestView sent = request("30000001", "300000015AB9", CitizenCardReason.REPLACEMENT);

        await().atMost(DELIVERY).until(() -> reread(sent).status().equals("FAILED"));
        assertThat(reread(sent).failedAttempts()).isPositive();

        registryBehaves("{\"down\":false}");
        await().atMost(DELIVERY).until(() -> reread(sent).status().equals("ACCEPTED"));
        assertThat(effectsFor(sent.key())).isEqualTo(1);
    }

    private void registryBehaves(String behaviour) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(registry + "/admin/agencies/irn/behaviour"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(behaviour))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** How many times the registry applied this request key (its effects log). */
    private long effectsFor(String key) throws IOException, InterruptedException {
        String effects = http.send(
                        HttpRequest.newBuilder(URI.create(registry + "/admin/agencies/irn/effects"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return effects.split("\"requestKey\":\"" + key + "\"", -1).length - 1L;
    }
}
