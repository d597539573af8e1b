package org.citizenshop.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.citizenshop.application.AlertRequest;
import org.citizenshop.application.DeskOperations;
import org.citizenshop.application.DigitalTickets;
import org.citizenshop.application.TicketIssuing;
import org.citizenshop.application.TicketRequest;
import org.citizenshop.application.TicketView;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.support.AsAnonymous;
import org.citizenshop.it.support.AsFirstClerk;
import org.citizenshop.it.support.Caller;
import org.citizenshop.it.support.TestFloor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A digital ticket followed by its code, and its alert sent for real: when the clerks' calls bring
 * the queue down to the citizen's threshold, the message goes through the JMS queue and the Camel
 * route to the simulated SMS/e-mail gateway, whose list of sent messages the test reads.
 */
@ExtendWith(ArquillianExtension.class)
class DigitalTicketIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                new Class<?>[] {
                    DigitalTicketIT.class,
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
    DigitalTickets digital;

    @Inject
    DeskOperations desks;

    @Inject
    TestFloor testFloor;

    @Inject
    AsFirstClerk clerk;

    @Inject
    AsAnonymous anonymous;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String gateway = System.getenv().getOrDefault("NOTIFY_URL", "http://localhost:8280");
    private TestFloor.Floor floor;

    @BeforeEach
    void aShop() {
        floor = testFloor.create();
    }

    private TicketView take() throws Exception {
        return anonymous.call(
                () -> issuing.take(TicketRequest.forService(floor.shop(), "IRN-CC", null, Channel.WEB, null)));
    }

    private static String someMobile() {
        return "96" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
    }

    @Test
    void theHolderSeesTheTicketByItsCode_withItsPlaceInTheQueue() throws Exception {
        TicketView first = take();
        TicketView second = take();

        TicketView seen = anonymous.call(() -> digital.ticket(second.accessCode()));

        assertThat(first.accessCode()).isNotBlank().isNotEqualTo(second.accessCode());
        assertThat(seen.number()).isEqualTo(second.number());
        assertThat(seen.peopleAhead()).isEqualTo(1);
        assertThat(seen.channel()).isEqualTo("WEB");
        assertThatThrownBy(() -> anonymous.call(() -> digital.ticket("abcdefghijkmnpqrstuv")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anSmsAlert_isSentOnce_whenTheQueueComesDownToTheThreshold() throws Exception {
        take();
        take();
        TicketView mine = take();
        String mobile = someMobile();

        TicketView watched =
                anonymous.call(() -> digital.alertMe(mine.accessCode(), new AlertRequest("SMS", mobile, 1)));
        assertThat(watched.alert().status()).isEqualTo("WATCHING");
        assertThat(watched.alert().contact()).startsWith("+351 96*****").doesNotContain(mobile.substring(2, 7));

        clerk.call(() -> desks.callNext(floor.firstDesk()).orElseThrow());
        assertThat(anonymous
                        .call(() -> digital.ticket(mine.accessCode()))
                        .alert()
                        .status())
                .as("two tickets ahead became one: the moment has come")
                .isIn("SENDING", "SENT");

        await().atMost(DELIVERY).until(() -> anonymous
                .call(() -> digital.ticket(mine.accessCode()))
                .alert()
                .status()
                .equals("SENT"));
        String sent = sentTo("+351" + mobile);
        assertThat(sent).contains("\"count\":1").contains(mine.number()).contains("SMS-");

        clerk.call(() -> desks.callNext(floor.firstDesk()).orElseThrow());
        assertThat(sentTo("+351" + mobile)).as("sent once only").contains("\"count\":1");
    }

    @Test
    void anEmailAlertAlreadyDue_goesOutAtOnce() throws Exception {
        TicketView mine = take();
        String address = "cidada." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.pt";

        anonymous.call(() -> digital.alertMe(mine.accessCode(), new AlertRequest("email", address, 3)));

        await().atMost(DELIVERY).until(() -> anonymous
                .call(() -> digital.ticket(mine.accessCode()))
                .alert()
                .status()
                .equals("SENT"));
        assertThat(sentTo(address)).contains("EMAIL-").contains(mine.number());
    }

    @Test
    void aSecondAlert_aLandline_orAThresholdTooFar_areRefused_andTheFirstStays() throws Exception {
        TicketView mine = take();
        anonymous.call(() -> digital.alertMe(mine.accessCode(), new AlertRequest("SMS", someMobile(), 5)));

        assertThatThrownBy(() -> anonymous.call(
                        () -> digital.alertMe(mine.accessCode(), new AlertRequest("SMS", someMobile(), 2))))
                .isInstanceOf(ConflictException.class);
        TicketView other = take();
        assertThatThrownBy(() -> anonymous.call(
                        () -> digital.alertMe(other.accessCode(), new AlertRequest("SMS", "213456789", 2))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> anonymous.call(
                        () -> digital.alertMe(other.accessCode(), new AlertRequest("SMS", someMobile(), 50))))
                .isInstanceOfAny(
                        InvalidInputException.class,
                        EJBException.class,
                        jakarta.validation.ConstraintViolationException.class);

        assertThat(anonymous
                        .call(() -> digital.ticket(mine.accessCode()))
                        .alert()
                        .threshold())
                .isEqualTo(5);
        assertThat(anonymous.call(() -> digital.ticket(other.accessCode())).alert())
                .isNull();
    }

    @Test
    void cancelling_leavesTheQueue_onlyOnce() throws Exception {
        TicketView first = take();
        TicketView second = take();

        TicketView cancelled = anonymous.call(() -> digital.cancel(first.accessCode()));

        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(anonymous.call(() -> digital.ticket(second.accessCode())).peopleAhead())
                .isZero();
        assertThatThrownBy(() -> anonymous.call(() -> digital.cancel(first.accessCode())))
                .isInstanceOf(ConflictException.class);
        assertThat(clerk.call(() -> desks.callNext(floor.firstDesk()).orElseThrow())
                        .number())
                .isEqualTo(second.number());
    }

    /** The gateway's list of messages sent to this recipient. */
    private String sentTo(String recipient) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(gateway + "/admin/notifications?to="
                                + URLEncoder.encode(recipient, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
