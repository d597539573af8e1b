package org.citizenshop.agencysim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.citizenshop.agencysim.common.Json;

/** The whole simulator on a free loopback port, with a fixed clock and scripted failure dice. */
final class RunningSimulator implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z"); // a Friday

    final ScriptedDice dice = new ScriptedDice();
    private final AgencySimApp app;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RunningSimulator() {
        app = AgencySimApp.create(Clock.fixed(NOW, ZoneId.of("Europe/Lisbon")), dice)
                .start("127.0.0.1", 0);
    }

    HttpResponse<String> submitIrn(String key, String body) throws IOException, InterruptedException {
        return submit("/irn/v1/service-requests", key, body);
    }

    private HttpResponse<String> submit(String path, String key, String body) throws IOException, InterruptedException {
        return send(request(path)
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> sendSms(String key, String body) throws IOException, InterruptedException {
        return submit("/notify/v1/sms", key, body);
    }

    HttpResponse<String> sendEmail(String key, String body) throws IOException, InterruptedException {
        return submit("/notify/v1/email", key, body);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> put(String path, String body) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> setIrnBehaviour(String behaviour) throws IOException, InterruptedException {
        return put("/admin/agencies/irn/behaviour", behaviour);
    }

    HttpResponse<String> setNotifyBehaviour(String behaviour) throws IOException, InterruptedException {
        return put("/admin/agencies/notify/behaviour", behaviour);
    }

    int irnEffectCount() throws IOException, InterruptedException {
        return json(get("/admin/agencies/irn/effects")).get("count").asInt();
    }

    int notificationCount() throws IOException, InterruptedException {
        return json(get("/admin/notifications")).get("count").asInt();
    }

    static JsonNode json(HttpResponse<String> response) {
        return Json.parse(response.body()).orElseThrow(() -> new AssertionError("Not JSON: " + response.body()));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(10));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
    }
}
