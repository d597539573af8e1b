package org.citizenshop.it.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The assembled system as a client sees it: the application, Keycloak and the simulator, over HTTP. */
public final class Endpoints {

    public static final String APP = System.getProperty("citizenshop.base-url", "http://localhost:18080");
    public static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:18180");
    public static final String PASSWORD = "citizen-shop-dev";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Endpoints() {}

    /** An access token of a demo user, by the dev realm's password grant. */
    public static String tokenOf(String username) {
        return token("grant_type=password&client_id=citizen-shop-dev-cli&username=" + username + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
    }

    /** The kiosk device's token, by the client-credentials grant of its client. */
    public static String kioskToken() {
        return token("grant_type=client_credentials&client_id=citizen-shop-kiosk"
                + "&client_secret=dev-kiosk-secret-not-for-production");
    }

    private static String token(String form) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/citizen-shop/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token from Keycloak: " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).asJsonObject().getString("access_token");
    }

    public static HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(APP + "/api/v1" + path)).timeout(Duration.ofSeconds(30));
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> post(String path, String token, String body) {
        HttpRequest.Builder request =
                api(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public static JsonStructure json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    public static JsonObject object(HttpResponse<String> response) {
        return json(response.body()).asJsonObject();
    }

    /** Calls the next ticket at a desk until nobody waits for it, so a test starts from an empty queue. */
    public static void drain(String desk, String token) {
        for (int i = 0; i < 500; i++) {
            HttpResponse<String> called = post("/desks/" + desk + "/call-next", token, "");
            if (called.statusCode() == 204) {
                return;
            }
            if (called.statusCode() != 200) {
                throw new IllegalStateException("call-next answered " + called.statusCode() + ": " + called.body());
            }
        }
        throw new IllegalStateException("desk " + desk + " still has tickets after 500 calls");
    }
}
