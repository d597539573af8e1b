package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citizenshop.agencysim.RunningSimulator.json;
import static org.citizenshop.agencysim.Samples.irn;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A birth registered at a maternity's desk, and the signed event the civil registry sends the shop of it. */
class IrnEventsHttpTest {

    private static final String SECRET = "dev-irn-events-secret-not-for-production";
    private static final String BIRTHS = "/admin/agencies/irn/maternity-births";
    private static final String EVENTS = "/admin/agencies/irn/events";

    private final WebhookReceiver shop = WebhookReceiver.forIrnEvents();
    private final RunningSimulator simulator =
            new RunningSimulator(settings -> settings.withShopPublicUrl(shop.baseUrl() + "/"));

    @AfterEach
    void stop() {
        simulator.close();
        shop.close();
    }

    private HttpResponse<String> register(String body) throws Exception {
        return simulator.post(BIRTHS, body);
    }

    @Test
    void birth_is201WithTheEvent_andTheSameSignedEventReachesTheShop() throws Exception {
        HttpResponse<String> response = register(irn("maternity-birth.json"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        String eventId = json(response).get("eventId").asText();
        assertThat(UUID.fromString(eventId).toString()).isEqualTo(eventId);
        assertThat(response.body())
                .isEqualTo("{\"eventId\":\"" + eventId + "\",\"type\":\"BIRTH_REGISTERED\","
                        + "\"registeredAt\":\"2026-11-27T10:15:30Z\",\"agencyReference\":\"IRN-BIRTH-2026-000001\","
                        + "\"birthRecordNumber\":\"NASC-2026-000001\",\"child\":{\"civilId\":\"40000001\","
                        + "\"givenNames\":\"Leonor\",\"surnames\":\"Costa Pereira\",\"birthDate\":\"2026-11-26\","
                        + "\"birthTime\":\"07:30\",\"birthPlace\":\"Maternidade Alfredo da Costa, Lisboa\","
                        + "\"sex\":\"F\"},\"mother\":{\"civilId\":\"12345678\"},\"father\":{\"civilId\":\"30000001\"},"
                        + "\"parentsMaritalStatus\":\"MARRIED\",\"address\":\"Rua do Sol 5, 1100-001 Lisboa\"}");

        WebhookReceiver.Call call = shop.next(5);
        assertThat(call).as("the event").isNotNull();
        assertThat(call.contentType()).startsWith("application/json");
        assertThat(call.body()).isEqualTo(response.body());
        assertThat(call.signature()).isEqualTo("sha256=" + hmacHex(call.body()));

        JsonNode event = awaitEvents(1).get(0);
        assertThat(event.get("event").get("eventId").asText()).isEqualTo(eventId);
        assertThat(event.get("url").asText()).isEqualTo(shop.url());
        assertThat(event.get("delivered").asBoolean()).isTrue();
        JsonNode attempt = event.get("attempts").get(0);
        assertThat(attempt.get("attempt").asInt()).isEqualTo(1);
        assertThat(attempt.get("httpStatus").asInt()).isEqualTo(204);
        assertThat(attempt.get("delivered").asBoolean()).isTrue();
    }

    @Test
    void birth_isRegisteredAsAnIrnBirthRequest_withOneEffect() throws Exception {
        String eventId =
                json(register(irn("maternity-birth.json"))).get("eventId").asText();

        JsonNode effects = json(simulator.get("/admin/agencies/irn/effects"));
        HttpResponse<String> request = simulator.get("/irn/v1/service-requests/maternity-" + eventId);

        assertThat(effects.get("count").asInt()).isEqualTo(1);
        JsonNode effect = effects.get("effects").get(0);
        assertThat(effect.get("requestKey").asText()).isEqualTo("maternity-" + eventId);
        assertThat(effect.get("service").asText()).isEqualTo("IRN-BIRTH");
        assertThat(effect.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(effect.get("agencyReference").asText()).isEqualTo("IRN-BIRTH-2026-000001");
        assertThat(request.statusCode()).isEqualTo(200);
        assertThat(json(request).get("outputs").get("child.civilId").asText()).isEqualTo("40000001");
    }

    @Test
    void registeredChild_isAKnownCitizen() throws Exception {
        String civilId = json(register(irn("maternity-birth.json")))
                .get("child")
                .get("civilId")
                .asText();

        HttpResponse<String> citizen = simulator.get("/irn/v1/citizens/" + civilId);

        assertThat(citizen.statusCode()).isEqualTo(200);
        assertThat(json(citizen).get("civilIdNumber").asText()).isEqualTo(civilId);
        assertThat(json(citizen).get("name").asText()).isEqualTo("Leonor Costa Pereira");
    }

    @Test
    void aParentsMobileNumber_theMaternityTook_isInTheEvent_asAnInternationalNumber() throws Exception {
        HttpResponse<String> response = register(irn("maternity-birth.json")
                .replace("{\"civilId\": \"12345678\"}", "{\"civilId\": \"12345678\", \"mobile\": \"912 345 678\"}"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode event = json(response);
        assertThat(event.get("mother").get("mobile").asText()).isEqualTo("+351912345678");
        assertThat(event.get("father").has("mobile")).as("none taken for him").isFalse();
    }

    @Test
    void birthWithoutFather_sendsAnEventWithoutFather() throws Exception {
        HttpResponse<String> response = register(irn("maternity-birth-without-father.json"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode event = json(response);
        assertThat(event.has("father")).isFalse();
        assertThat(event.get("mother").get("civilId").asText()).isEqualTo("30000002");
        assertThat(event.get("child").get("givenNames").asText()).isEqualTo("Tomás");
        assertThat(event.get("parentsMaritalStatus").asText()).isEqualTo("UNMARRIED");
        WebhookReceiver.Call call = shop.next(5);
        assertThat(call).as("the event").isNotNull();
        assertThat(call.body()).isEqualTo(response.body());
        assertThat(call.signature()).isEqualTo("sha256=" + hmacHex(call.body()));
    }

    @Test
    void everyBirth_getsItsOwnEventAndNumbers() throws Exception {
        JsonNode first = json(register(irn("maternity-birth.json")));
        JsonNode second = json(register(irn("maternity-birth.json")));

        assertThat(second.get("eventId").asText())
                .isNotEqualTo(first.get("eventId").asText());
        assertThat(second.get("agencyReference").asText()).isEqualTo("IRN-BIRTH-2026-000002");
        assertThat(second.get("birthRecordNumber").asText()).isEqualTo("NASC-2026-000002");
        assertThat(second.get("child").get("civilId").asText()).isEqualTo("40000002");
        assertThat(simulator.irnEffectCount()).isEqualTo(2);
        assertThat(awaitEvents(2))
                .allSatisfy(
                        event -> assertThat(event.get("delivered").asBoolean()).isTrue());
    }

    @Test
    void failedDelivery_isRetriedAfterOneSecond_withTheSameSignedBody_untilAccepted() throws Exception {
        shop.willAnswer(500);

        register(irn("maternity-birth.json"));
        WebhookReceiver.Call first = shop.next(5);
        WebhookReceiver.Call second = shop.next(5);

        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.signature()).isEqualTo(first.signature());
        assertThat(Duration.between(first.at(), second.at())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        JsonNode event = awaitAttempts(2);
        assertThat(event.get("delivered").asBoolean()).isTrue();
        JsonNode attempts = event.get("attempts");
        assertThat(attempts.get(0).get("httpStatus").asInt()).isEqualTo(500);
        assertThat(attempts.get(0).get("delivered").asBoolean()).isFalse();
        assertThat(attempts.get(1).get("attempt").asInt()).isEqualTo(2);
        assertThat(attempts.get(1).get("httpStatus").asInt()).isEqualTo(204);
        assertThat(attempts.get(1).get("delivered").asBoolean()).isTrue();
        assertThat(shop.next(1)).as("nothing after a 2xx").isNull();
        assertThat(simulator.irnEffectCount()).isEqualTo(1);
    }

    @Test
    void unknownMother_is422_withNoEffectNoCitizenAndNoEvent() throws Exception {
        HttpResponse<String> response = register(irn("maternity-birth.json").replace("12345678", "99999999"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("code").asText()).isEqualTo("UNKNOWN_CITIZEN");
        assertThat(problem.get("type").asText()).isEqualTo("urn:irn:rejection:unknown-citizen");
        assertThat(problem.get("status").asText()).isEqualTo("REJECTED");
        assertThat(problem.get("reason").asText()).contains("99999999", "mother.civilId");
        assertThat(simulator.irnEffectCount()).isZero();
        assertThat(json(simulator.get(EVENTS)).get("count").asInt()).isZero();
        assertThat(shop.next(1)).isNull();
        // No number was used: the next birth gets the first ones.
        JsonNode next = json(register(irn("maternity-birth.json")));
        assertThat(next.get("child").get("civilId").asText()).isEqualTo("40000001");
        assertThat(next.get("agencyReference").asText()).isEqualTo("IRN-BIRTH-2026-000001");
    }

    static Stream<Arguments> invalidBirths() {
        String valid = irn("maternity-birth.json");
        return Stream.of(
                Arguments.of(valid.replace("30000001", "30009999"), "UNKNOWN_CITIZEN", "father.civilId"),
                Arguments.of(valid.replace("\"12345678\"", "\"1234\""), "INVALID_CIVIL_ID", "mother.civilId"),
                Arguments.of(valid.replace("\"Leonor\"", "\"Leonor Maria Rita\""), "INVALID_NAME", "given names"),
                Arguments.of(valid.replace("\"Leonor\"", "\"Leonor2\""), "INVALID_NAME", "only letters"),
                Arguments.of(valid.replace("2026-11-26", "2026-11-28"), "INVALID_REQUEST", "future"),
                Arguments.of(valid.replace("2026-11-26", "2026-02-30"), "INVALID_REQUEST", "child.birthDate"),
                Arguments.of(valid.replace("07:30", "25:00"), "INVALID_REQUEST", "child.birthTime"),
                Arguments.of(valid.replace("\"sex\": \"F\"", "\"sex\": \"X\""), "INVALID_REQUEST", "child.sex"),
                Arguments.of(
                        valid.replace("\"birthPlace\": \"Maternidade Alfredo da Costa, Lisboa\",", ""),
                        "INVALID_REQUEST",
                        "child.birthPlace is required"),
                Arguments.of(
                        valid.replace("MARRIED", "DIVORCED"), "INVALID_REQUEST", "parentsMaritalStatus must be one of"),
                Arguments.of(valid.replace("1100-001 ", ""), "INVALID_ADDRESS", "postal code"),
                Arguments.of(
                        valid.replace(
                                "{\"civilId\": \"12345678\"}",
                                "{\"civilId\": \"12345678\", \"mobile\": \"213456789\"}"),
                        "INVALID_REQUEST",
                        "mother.mobile is not a Portuguese mobile number"),
                Arguments.of("{\"child\":\"Leonor\"}", "INVALID_REQUEST", "child must be an object"),
                Arguments.of("{}", "INVALID_REQUEST", "is required"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("invalidBirths")
    void invalidBirth_is422WithItsCode_andRegistersNothing(String body, String code, String reason) throws Exception {
        HttpResponse<String> response = register(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode problem = json(response);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("reason").asText()).contains(reason);
        assertThat(simulator.irnEffectCount()).isZero();
        assertThat(json(simulator.get(EVENTS)).get("count").asInt()).isZero();
    }

    @Test
    void malformedJson_is400AndRegistersNothing() throws Exception {
        HttpResponse<String> response = register("{\"child\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).isEqualTo("MALFORMED");
        assertThat(simulator.irnEffectCount()).isZero();
    }

    @Test
    void theMaternityDesk_isNotBehindTheRegistrysSwitches() throws Exception {
        simulator.setIrnBehaviour("{\"down\":true}");

        HttpResponse<String> response = register(irn("maternity-birth.json"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(shop.next(5)).isNotNull();
    }

    @Test
    void reset_forgetsTheEvents() throws Exception {
        register(irn("maternity-birth.json"));
        awaitEvents(1);

        simulator.post("/admin/reset", "");

        assertThat(json(simulator.get(EVENTS)).get("count").asInt()).isZero();
        assertThat(simulator.irnEffectCount()).isZero();
    }

    @Test
    void stoppingTheSimulator_stopsTheEventSender() throws Exception {
        register(irn("maternity-birth.json"));
        assertThat(shop.next(5)).isNotNull();
        assertThat(senderThreads()).isNotEmpty();

        simulator.close();

        assertThat(senderThreads()).isEmpty();
    }

    private static List<Thread> senderThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("irn-events") && thread.isAlive())
                .toList();
    }

    /** The events listed once {@code count} of them are delivered. */
    private JsonNode awaitEvents(int count) throws Exception {
        JsonNode list = await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> json(simulator.get(EVENTS)), seen -> delivered(seen) >= count);
        assertThat(list.get("count").asInt()).isEqualTo(count);
        assertThat(delivered(list)).isEqualTo(count);
        return list.get("events");
    }

    /** The only event listed once it has {@code count} attempts. */
    private JsonNode awaitAttempts(int count) throws Exception {
        JsonNode list = await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> json(simulator.get(EVENTS)),
                        seen -> seen.get("events").get(0).get("attempts").size() >= count);
        assertThat(list.get("count").asInt()).isEqualTo(1);
        assertThat(list.get("events").get(0).get("attempts").size()).isEqualTo(count);
        return list.get("events").get(0);
    }

    private static int delivered(JsonNode list) {
        int delivered = 0;
        for (JsonNode event : list.get("events")) {
            if (event.get("delivered").asBoolean()) {
                delivered++;
            }
        }
        return delivered;
    }

    /** Computed here, not with the simulator's code, so that the test checks the contract's formula. */
    private static String hmacHex(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
