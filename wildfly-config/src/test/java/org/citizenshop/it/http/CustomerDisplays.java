package org.citizenshop.it.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.it.http.Endpoints.api;
import static org.citizenshop.it.http.Endpoints.drain;
import static org.citizenshop.it.http.Endpoints.object;
import static org.citizenshop.it.http.Endpoints.post;
import static org.citizenshop.it.http.Endpoints.send;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The citizen's consent as a desk gets it, over the API: a customer display registers itself and is
 * paired with the clerk's desk, the clerk asks, the citizen answers on the display. Case submissions
 * of life events need it.
 */
public final class CustomerDisplays {

    /** The desk the API tests submit cases at (the mediator desk, which no queue test uses). */
    public static final String DESK = "LXL-08";

    private static final Map<String, String> DISPLAYS = new ConcurrentHashMap<>();

    /** The citizen cards of the registry's seeded people (the simulator's), by civil ID number. */
    private static final Map<String, String> CARDS = Map.of(
            "12345678", "123456782ZZ6",
            "30000001", "300000015AB9",
            "30000002", "300000020ZX0",
            "30000003", "300000031ZZ3",
            "30000004", "300000047AA4",
            "30000005", "300000053ZY9");

    /** The citizen card the applicant shows at the desk, its photo checked. */
    public static String document(String civilId) {
        return "{\"type\":\"CITIZEN_CARD\",\"number\":\"" + CARDS.get(civilId) + "\",\"checked\":true}";
    }

    private CustomerDisplays() {}

    /** The token of a display paired with the desk, the clerk signed in there (once per desk and run). */
    public static String pairedWith(String desk, String clerk) {
        return DISPLAYS.computeIfAbsent(desk, code -> {
            drain(code, clerk);
            HttpResponse<String> registered = post("/customer-displays", null, "");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            JsonObject display = object(registered);
            HttpResponse<String> paired = post(
                    "/customer-displays/pairings",
                    clerk,
                    "{\"desk\":\"" + code + "\",\"pairingCode\":\"" + display.getString("pairingCode") + "\"}");
            assertThat(paired.statusCode()).as(paired.body()).isEqualTo(204);
            return display.getString("token");
        });
    }

    /** Asks the consent at the desk and answers it on the display; returns the consent's id. */
    public static String consent(String clerk, String desk, String lifeEvent, String civilId, boolean given) {
        String display = pairedWith(desk, clerk);
        HttpResponse<String> asked = post(
                "/consents",
                clerk,
                "{\"desk\":\"" + desk + "\",\"lifeEvent\":\"" + lifeEvent + "\",\"civilId\":\"" + civilId + "\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String id = object(asked).getString("id");
        HttpResponse<String> answered = answer(display, id, given);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        return id;
    }

    public static HttpResponse<String> answer(String display, String consent, boolean given) {
        return send(api("/customer-displays/current/answers")
                .header("Content-Type", "application/json")
                .header("X-Display-Token", display)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"consent\":\"" + consent + "\",\"given\":" + given + "}")));
    }

    /**
     * A case body with the desk, the citizen card the applicant showed, and a consent given for its
     * life event by its applicant: the consent is asked and answered on the desk's display first.
     */
    public static String consented(String clerk, String body) {
        JsonObject json;
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
            json = reader.readObject();
        }
        String consent = consent(clerk, DESK, json.getString("lifeEvent"), json.getString("applicantCivilId"), true);
        return body.replaceFirst(
                "\\{",
                "{\"desk\":\"" + DESK + "\",\"consent\":\"" + consent + "\",\"document\":"
                        + document(json.getString("applicantCivilId")) + ",");
    }
}
