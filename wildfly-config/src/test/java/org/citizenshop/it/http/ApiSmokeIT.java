package org.citizenshop.it.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.it.http.Endpoints.api;
import static org.citizenshop.it.http.Endpoints.drain;
import static org.citizenshop.it.http.Endpoints.object;
import static org.citizenshop.it.http.Endpoints.post;
import static org.citizenshop.it.http.Endpoints.send;
import static org.citizenshop.it.http.Endpoints.tokenOf;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.citizenshop.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed EAR through its REST API with real tokens from the real Keycloak: take a ticket,
 * call it, and every kind of refusal as a problem details body (never a 500 for bad input).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSmokeIT {

    private static final String SHOP = "LX-LARANJEIRAS";
    private static final String DESK = "LXL-04";
    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void staff_workOnlyAtTheShopWhoseRosterListsThem() {
        String carnideClerk = tokenOf("clerk3");
        HttpResponse<String> call = post("/desks/" + DESK + "/call-next", carnideClerk, "");
        assertThat(call.statusCode()).as(call.body()).isEqualTo(403);
        assertThat(object(call).getString("code")).isEqualTo("staff.otherShop");
        assertThat(object(call).getString("detail"))
                .as("in Portuguese, the default")
                .isEqualTo(DESK + " pertence a Loja do Cidadão Laranjeiras; trabalha em Espaço Cidadão Carnide.");
        assertThat(send(api("/desks/" + DESK).header("Authorization", "Bearer " + carnideClerk))
                        .statusCode())
                .isEqualTo(403);

        String laranjeirasSupervisor = tokenOf("supervisor1");
        assertThat(send(api("/shops/LX-CARNIDE/floor").header("Authorization", "Bearer " + laranjeirasSupervisor))
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("/shops/LX-CARNIDE/close-day", laranjeirasSupervisor, "")
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("/desks/LXC-01/close", laranjeirasSupervisor, "").statusCode())
                .isEqualTo(403);
        assertThat(send(api("/shops/" + SHOP + "/floor").header("Authorization", "Bearer " + laranjeirasSupervisor))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> atHome = send(api("/desks/LXC-01").header("Authorization", "Bearer " + carnideClerk));
        assertThat(atHome.statusCode()).as(atHome.body()).isEqualTo(200);
    }

    @Test
    void aTicketTakenAnonymously_isCalledByAClerkWithAToken() {
        String clerk = tokenOf("clerk1");
        drain(DESK, clerk);

        HttpResponse<String> taken = post("/shops/" + SHOP + "/tickets", null, "{\"service\":\"IRN-CC\"}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        JsonObject ticket = object(taken);
        assertThat(ticket.getString("number")).matches("A\\d{3}");
        assertThat(ticket.getString("queue")).isEqualTo("IRN");
        assertThat(ticket.getInt("position")).isEqualTo(1);
        assertThat(ticket.getInt("estimatedWaitMinutes")).isNotNegative();

        HttpResponse<String> called = post("/desks/" + DESK + "/call-next", clerk, "");
        assertThat(called.statusCode()).as(called.body()).isEqualTo(200);
        assertThat(object(called).getString("number")).isEqualTo(ticket.getString("number"));
        assertThat(object(called).getJsonNumber("id").longValue())
                .isEqualTo(ticket.getJsonNumber("id").longValue());
        assertThat(object(called).getString("desk")).isEqualTo(DESK);

        assertThat(post("/desks/" + DESK + "/call-next", clerk, "").statusCode())
                .isEqualTo(204);
    }

    @Test
    void callNext_withoutAToken_is401_withAChallenge() {
        HttpResponse<String> response = post("/desks/" + DESK + "/call-next", null, "");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith(PROBLEM);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .get()
                .asString()
                .startsWith("Bearer");
        assertThat(object(response).getInt("status")).isEqualTo(401);
    }

    @Test
    void callNext_withACitizensToken_is403() {
        HttpResponse<String> response = post("/desks/" + DESK + "/call-next", tokenOf("citizen1"), "");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(object(response).getString("title")).isEqualTo("Acesso negado");
    }

    @Test
    void anUnknownService_is422_naming_theField_inTheAskedLanguage() {
        HttpResponse<String> response = send(api("/shops/" + SHOP + "/tickets")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"service\":\"NOPE\"}")));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith(PROBLEM);
        JsonObject problem = object(response);
        assertThat(problem.getString("title")).isEqualTo("The data sent is not valid");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("service");
        assertThat(problem.getString("correlationId")).isNotBlank();
    }

    @Test
    void malformedOrMissingBodies_andUnknownThings_areProblems_neverServerErrors() {
        assertThat(post("/shops/" + SHOP + "/tickets", null, "{\"service\":").statusCode())
                .isEqualTo(400);
        assertThat(post("/shops/" + SHOP + "/tickets", null, "").statusCode()).isEqualTo(400);
        assertThat(post("/shops/" + SHOP + "/tickets", null, "{\"service\":\"IRN-CC\",\"priority\":\"VIP\"}")
                        .statusCode())
                .isEqualTo(422);
        assertThat(post("/shops/NO-SUCH-SHOP/tickets", null, "{\"service\":\"IRN-CC\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(post("/desks/NO-SUCH-DESK/call-next", tokenOf("clerk2"), "").statusCode())
                .isEqualTo(404);
        HttpResponse<String> noSuchPath = send(api("/no/such/thing"));
        assertThat(noSuchPath.statusCode()).isEqualTo(404);
        assertThat(noSuchPath.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith(PROBLEM);
        HttpResponse<String> wrongMediaType = send(api("/shops/" + SHOP + "/tickets")
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("IRN-CC")));
        assertThat(wrongMediaType.statusCode()).isEqualTo(415);
    }

    @Test
    void anAnonymousClient_isLimited_butAKioskDeviceIsNot() {
        String shop = "LX-CARNIDE";
        HttpResponse<String> response = null;
        for (int i = 0; i < 100; i++) {
            response = post("/shops/" + shop + "/tickets", null, "{\"service\":\"AT-NIF\"}");
            if (response.statusCode() != 201) {
                break;
            }
        }

        assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(object(response).getString("code")).isEqualTo("ticket.tooMany");
        assertThat(post("/shops/" + shop + "/tickets", Endpoints.kioskToken(), "{\"service\":\"AT-NIF\"}")
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void aTicketsCode_opensItsOwnResource_withAnAlertAndACancel_andBadInputIsATranslatedProblem() {
        HttpResponse<String> taken =
                post("/shops/" + SHOP + "/tickets", Endpoints.kioskToken(), "{\"service\":\"IRN-CERT\"}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        String code = object(taken).getString("accessCode");
        assertThat(taken.headers().firstValue("Location")).get().asString().endsWith("/digital-tickets/" + code);

        HttpResponse<String> seen = send(api("/digital-tickets/" + code));
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(object(seen).getString("number")).isEqualTo(object(taken).getString("number"));
        String id = String.valueOf(object(taken).getJsonNumber("id").longValue());
        assertThat(object(send(api("/tickets/" + id)))).doesNotContainKey("accessCode");

        HttpResponse<String> landline = send(api("/digital-tickets/" + code + "/alert")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "pt")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"channel\":\"SMS\",\"contact\":\"213456789\",\"threshold\":2}")));
        assertThat(landline.statusCode()).isEqualTo(422);
        assertThat(object(landline).getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("não é um número de telemóvel");
        assertThat(post("/digital-tickets/" + code + "/alert", null, "{\"channel\":\"FAX\",\"contact\":\"x\"}")
                        .statusCode())
                .isEqualTo(422);
        assertThat(post("/digital-tickets/" + code + "/alert", null, "{\"channel\":\"SMS\",\"threshold\":\"two\"}")
                        .statusCode())
                .isEqualTo(422);

        HttpResponse<String> alerted = post(
                "/digital-tickets/" + code + "/alert",
                null,
                "{\"channel\":\"EMAIL\",\"contact\":\"cidada.api@example.pt\",\"threshold\":20}");
        assertThat(alerted.statusCode()).as(alerted.body()).isEqualTo(200);
        assertThat(object(alerted).getJsonObject("alert").getString("contact")).isEqualTo("c***@example.pt");

        assertThat(post("/digital-tickets/" + code + "/cancel", null, "").statusCode())
                .isEqualTo(200);
        assertThat(post("/digital-tickets/" + code + "/cancel", null, "").statusCode())
                .isEqualTo(409);
        assertThat(send(api("/digital-tickets/abcdefghijkmnpqrstuv")).statusCode())
                .isEqualTo(404);
        assertThat(send(api("/digital-tickets/NOT%20A%20CODE")).statusCode()).isEqualTo(422);
    }

    @Test
    void anAppointment_isBookedFromAFreeSlot_managedByItsCode_andCheckedInOnlyByAKioskOrAClerk() {
        String shop = "LX-CARNIDE";
        HttpResponse<String> next = send(api("/shops/" + shop + "/appointments/next?service=IRN-CERT"));
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
        // A slot far enough ahead that checking in is still too early, whatever the time of day the
        // test runs: the day's last slot, on the first day from the next free one where it starts at
        // least two hours from now.
        LocalDate candidate = LocalDate.parse(object(next).getString("date"));
        String start = null;
        for (int days = 0; start == null; days++) {
            assertThat(days).as("a slot two hours ahead within two weeks").isLessThan(14);
            HttpResponse<String> day =
                    send(api("/shops/" + shop + "/appointments?service=IRN-CERT&date=" + candidate.plusDays(days)));
            assertThat(day.statusCode()).as(day.body()).isEqualTo(200);
            jakarta.json.JsonArray slots = object(day).getJsonArray("slots");
            if (!slots.isEmpty()) {
                String last = slots.getJsonObject(slots.size() - 1).getString("start");
                if (Instant.parse(last).isAfter(Instant.now().plus(Duration.ofHours(2)))) {
                    start = last;
                    candidate = candidate.plusDays(days);
                }
            }
        }
        String date = candidate.toString();

        HttpResponse<String> booked = post(
                "/shops/" + shop + "/appointments",
                null,
                "{\"service\":\"IRN-CERT\",\"start\":\"" + start
                        + "\",\"needs\":[\"LANGUAGE_INTERPRETER\"],\"interpreterLanguage\":\"uk\"}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        String code = object(booked).getString("code");
        assertThat(booked.headers().firstValue("Location")).get().asString().endsWith("/appointments/" + code);
        assertThat(object(send(api("/appointments/" + code.toLowerCase()))).getString("status"))
                .isEqualTo("BOOKED");
        HttpResponse<String> twice = post(
                "/shops/" + shop + "/appointments", null, "{\"service\":\"IRN-CERT\",\"start\":\"" + start + "\"}");
        assertThat(twice.statusCode())
                .as("one desk at Carnide: the slot is gone")
                .isEqualTo(422);
        assertThat(object(twice).getString("code")).isEqualTo("appointment.notASlot");

        assertThat(post("/appointments/" + code + "/check-in", null, "").statusCode())
                .isEqualTo(401);
        assertThat(post("/appointments/" + code + "/check-in", tokenOf("citizen1"), "")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> early = post("/appointments/" + code + "/check-in", Endpoints.kioskToken(), "");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(object(early).getString("code")).isIn("appointment.tooEarly", "shop.closed");

        assertThat(post("/shops/" + shop + "/appointments", null, "{\"service\":\"IRN-CERT\",\"start\":\"soon\"}")
                        .statusCode())
                .isEqualTo(422);
        assertThat(send(api("/shops/" + shop + "/appointments?service=IRN-CERT&date=2020-01-01"))
                        .statusCode())
                .isEqualTo(422);
        assertThat(send(api("/shops/" + shop + "/appointments?service=IRN-CERT"))
                        .statusCode())
                .isEqualTo(422);
        assertThat(send(api("/appointments/ABCD-EFGH")).statusCode()).isEqualTo(404);
        assertThat(post("/appointments/" + code + "/cancel", null, "").statusCode())
                .isEqualTo(200);
        assertThat(post("/appointments/" + code + "/cancel", null, "").statusCode())
                .isEqualTo(409);
        HttpResponse<String> elsewhere = send(api("/shops/" + shop + "/appointments/booked?date=" + date)
                .header("Authorization", "Bearer " + tokenOf("supervisor1"))
                .header("Accept-Language", "en"));
        assertThat(elsewhere.statusCode())
                .as("a supervisor of Laranjeiras does not see Carnide's bookings")
                .isEqualTo(403);
        assertThat(object(elsewhere).getString("code")).isEqualTo("staff.otherShop");
        assertThat(object(elsewhere).getString("detail")).contains("Espaço Cidadão Carnide");
        HttpResponse<String> listed = send(api("/shops/" + shop + "/appointments/booked?date=" + date)
                .header("Authorization", "Bearer " + tokenOf("clerk3")));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).contains(code).contains("CANCELLED");
    }

    @Test
    void shops_andTheOpenApiDocument_arePublic() {
        HttpResponse<String> shops = send(api("/shops"));
        assertThat(shops.statusCode()).isEqualTo(200);
        assertThat(shops.body()).contains("LX-LARANJEIRAS", "LX-CARNIDE");

        HttpResponse<String> openApi =
                send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Endpoints.APP + "/openapi?format=JSON")));
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/v1/shops/{shop}/tickets", "/api/v1/desks/{desk}/call-next");
    }

    @Test
    void aJourney_isCalledAtTwoDesks_withOneNumber_andItsStatusIsPublic() {
        String clerk = tokenOf("clerk1");
        drain("LXL-04", clerk);
        drain("LXL-05", clerk);

        HttpResponse<String> taken =
                post("/shops/" + SHOP + "/tickets", null, "{\"services\":[\"IRN-CC\",\"AT-NIF\"]}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        long id = object(taken).getJsonNumber("id").longValue();
        String number = object(taken).getString("number");

        assertThat(object(post("/desks/LXL-04/call-next", clerk, "")).getString("number"))
                .isEqualTo(number);
        JsonObject afterRegistry = object(post("/tickets/" + id + "/complete", clerk, ""));
        assertThat(afterRegistry.getString("status")).isEqualTo("WAITING");
        assertThat(afterRegistry.getString("queue")).isEqualTo("AT");

        JsonObject publicView = object(send(api("/tickets/" + id)));
        assertThat(publicView.getString("number")).isEqualTo(number);
        assertThat(publicView.getInt("position")).isEqualTo(1);

        assertThat(object(post("/desks/LXL-05/call-next", clerk, "")).getString("number"))
                .isEqualTo(number);
        assertThat(object(post("/tickets/" + id + "/complete", clerk, "")).getString("status"))
                .isEqualTo("COMPLETED");
        assertThat(send(api("/tickets/999999999")).statusCode()).isEqualTo(404);
    }

    @Test
    void aNoShow_comesAfterARecall_andATransferToADeskThatCannotServe_is422() {
        String clerk = tokenOf("clerk1");
        drain(DESK, clerk);
        long id = object(post("/shops/" + SHOP + "/tickets", null, "{\"service\":\"IRN-CC\"}"))
                .getJsonNumber("id")
                .longValue();
        post("/desks/" + DESK + "/call-next", clerk, "");

        assertThat(post("/tickets/" + id + "/no-show", clerk, "").statusCode()).isEqualTo(409);
        HttpResponse<String> wrongDesk = post("/tickets/" + id + "/transfer", clerk, "{\"desk\":\"LXL-05\"}");
        assertThat(wrongDesk.statusCode()).as(wrongDesk.body()).isEqualTo(422);
        assertThat(object(wrongDesk).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("desk");
        assertThat(object(post("/desks/" + DESK + "/recall", clerk, "")).getInt("recalls"))
                .isEqualTo(1);
        assertThat(object(post("/tickets/" + id + "/no-show", clerk, "")).getString("status"))
                .isEqualTo("NO_SHOW");
    }

    @Test
    void liveWaits_arePublic_theFloorIsTheSupervisors() {
        HttpResponse<String> queues = send(api("/shops/" + SHOP + "/queues"));
        assertThat(queues.statusCode()).isEqualTo(200);
        assertThat(queues.body()).contains("\"queue\":\"IRN\"", "\"estimatedWaitMinutes\"");

        assertThat(send(api("/shops/" + SHOP + "/floor").header("Authorization", "Bearer " + tokenOf("supervisor1")))
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(api("/shops/" + SHOP + "/floor").header("Authorization", "Bearer " + tokenOf("clerk2")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(api("/shops/" + SHOP + "/quotas")).body()).contains("\"scope\":\"AT\"");
    }
}
