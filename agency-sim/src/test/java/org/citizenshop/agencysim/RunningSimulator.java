package org.citizenshop.agencysim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.citizenshop.agencysim.common.Json;

/** The whole simulator on a free loopback port, with a fixed clock and scripted failure dice. */
final class RunningSimulator implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z"); // a Friday

    /** Long enough that no scheduled batch run interferes: tests run the batch through the admin endpoint. */
    static final long ISS_BATCH_MS = 3_600_000;

    static final long CML_CALLBACK_MS = 50;

    /** No IMT broker unless a test asks for one: it is the slowest part to start. */
    static final int NO_BROKER = -1;

    final ScriptedDice dice = new ScriptedDice();
    final Path exchangeDir;
    private final AgencySimApp app;
    private boolean closed;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RunningSimulator() {
        this(UnaryOperator.identity());
    }

    /** With the test settings changed by {@code tuning}, e.g. a short batch interval. */
    RunningSimulator(UnaryOperator<Settings> tuning) {
        try {
            exchangeDir = Files.createTempDirectory("agency-exchange");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Settings settings = tuning.apply(Settings.defaults(0)
                .withExchangeDir(exchangeDir)
                .withIssBatchMs(ISS_BATCH_MS)
                .withCmlCallbackMs(CML_CALLBACK_MS)
                .withImtBrokerPort(NO_BROKER));
        app = AgencySimApp.create(Clock.fixed(NOW, ZoneId.of("Europe/Lisbon")), dice, settings)
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

    /** Asks the civil registry for a person's record; a null purpose or correlation id leaves its header out. */
    HttpResponse<String> lookUpRecord(String civilIdNumber, String purpose, String correlationId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request("/irn/v1/citizens/" + civilIdNumber + "/record")
                .header("Accept", "application/json")
                .GET();
        if (purpose != null) {
            request.header("X-Purpose", purpose);
        }
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        return send(request);
    }

    /** A GET of a registry lookup with its purpose and correlation id. */
    HttpResponse<String> lookUp(String pathAndQuery, String purpose, String correlationId)
            throws IOException, InterruptedException {
        return send(request(pathAndQuery)
                .header("X-Purpose", purpose)
                .header("X-Correlation-Id", correlationId)
                .GET());
    }

    /** The registry's list of record lookups, of one civil ID number when not null. */
    JsonNode recordLookups(String civilIdNumber) throws IOException, InterruptedException {
        String query = civilIdNumber == null ? "" : "?civilIdNumber=" + civilIdNumber;
        return json(get("/admin/agencies/irn/lookups" + query));
    }

    /** A SOAP 1.1 call to the tax authority, with its SOAPAction. */
    HttpResponse<String> submitAt(String envelope) throws IOException, InterruptedException {
        return send(request("/at/ws/tax-services")
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"urn:pt:at:citizenshop:tax:v1:submit\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)));
    }

    /** A FHIR conditional create of a Patient; no {@code If-None-Exist} when {@code ifNoneExist} is null. */
    HttpResponse<String> createPatient(String key, String ifNoneExist, String patient)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request("/sns/fhir/Patient")
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(patient));
        if (ifNoneExist != null) {
            request.header("If-None-Exist", ifNoneExist);
        }
        return send(request);
    }

    /** A FHIR conditional update of the Patient that {@code identifier} ({@code system|value}) finds. */
    HttpResponse<String> updatePatient(String key, String identifier, String patient)
            throws IOException, InterruptedException {
        return send(request("/sns/fhir/Patient?identifier=" + URLEncoder.encode(identifier, StandardCharsets.UTF_8))
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/fhir+json")
                .PUT(HttpRequest.BodyPublishers.ofString(patient)));
    }

    /** Runs the social security's batch at once; its report. */
    JsonNode runIssBatch() throws IOException, InterruptedException {
        HttpResponse<String> response = post("/admin/agencies/iss/run-batch", "");
        if (response.statusCode() != 200) {
            throw new AssertionError("run-batch answered " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    Path issInbox() {
        return exchangeDir.resolve("iss").resolve("inbox");
    }

    Path issOutbox() {
        return exchangeDir.resolve("iss").resolve("outbox");
    }

    HttpResponse<String> submitCml(String key, String body) throws IOException, InterruptedException {
        return submit("/cml/v1/requests", key, body);
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
        return effectCount("irn");
    }

    int effectCount(String agency) throws IOException, InterruptedException {
        return json(get("/admin/agencies/" + agency + "/effects")).get("count").asInt();
    }

    HttpResponse<String> setBehaviour(String agency, String behaviour) throws IOException, InterruptedException {
        return put("/admin/agencies/" + agency + "/behaviour", behaviour);
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

    /** Stops the app and removes its exchange folder; closing again does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        app.stop();
        deleteTree(exchangeDir);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
