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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The assembled system as a client sees it: the application, Keycloak and the simulator, over HTTP. */
public final class Endpoints {

    public static final String APP = System.getProperty("citizenshop.base-url", "http://localhost:18080");
    public static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:18180");
    public static final String PASSWORD = "citizen-shop-dev";
    /** The agency simulator (all six agencies, and their admin switches and effect logs). */
    public static final String SIMULATOR = System.getenv().getOrDefault("AGENCY_IRN_URL", "http://localhost:8280");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The kiosk device client's secret: a published value of the dev realm. */
    private static final String KIOSK_SECRET = "dev-kiosk-secret-not-for-production";

    /** A kept token is renewed when it has less left than this (a test may run for a while with it). */
    private static final Duration MINIMUM_LIFE = Duration.ofSeconds(60);

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private Endpoints() {}

    /**
     * An access token of a demo user, by the dev realm's password grant, with the current one-time
     * code for a citizen (password plus code, as for the Chave Móvel Digital). Tokens are kept per
     * user and renewed (by their refresh token, which needs no code) when less than a minute is left.
     */
    public static String tokenOf(String username) {
        return TOKENS.compute(
                        username,
                        (user, held) ->
                                held != null && held.lastsAnother(MINIMUM_LIFE) ? held : renewOrLogIn(user, held))
                .access();
    }

    /** The kiosk device's token, by the client-credentials grant of its client. */
    public static String kioskToken() {
        return clientToken("citizen-shop-kiosk", KIOSK_SECRET);
    }

    /** A service account's token, by the client-credentials grant (kept while it lasts, like users'). */
    public static String clientToken(String clientId, String secret) {
        return TOKENS.compute(
                        "client:" + clientId,
                        (client, held) -> held != null && held.lastsAnother(MINIMUM_LIFE)
                                ? held
                                : Token.of(token("grant_type=client_credentials&client_id=" + clientId
                                        + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8))))
                .access();
    }

    /**
     * One password grant of the dev CLI client, as it is: {@code oneTimeCode} (or null for none) goes
     * in the {@code totp} parameter Keycloak's direct grant reads; the scope asks for an ID token too.
     */
    public static HttpResponse<String> passwordGrant(String username, String oneTimeCode) {
        String form = "grant_type=password&client_id=citizen-shop-dev-cli&scope=openid&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        if (oneTimeCode != null) {
            form += "&totp=" + URLEncoder.encode(oneTimeCode, StandardCharsets.UTF_8);
        }
        return tokenEndpoint(form);
    }

    /** The claims of a JSON web token (its payload, not checked: the server checks signatures). */
    public static JsonObject claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a JSON web token: " + parts.length + " parts");
        }
        return json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .asJsonObject();
    }

    private static Token renewOrLogIn(String username, Token held) {
        if (held != null && held.refreshLastsAnother(MINIMUM_LIFE)) {
            HttpResponse<String> renewed =
                    tokenEndpoint("grant_type=refresh_token&client_id=citizen-shop-dev-cli&refresh_token="
                            + URLEncoder.encode(held.refresh(), StandardCharsets.UTF_8));
            if (renewed.statusCode() == 200) {
                return Token.of(renewed.body());
            }
            // Keycloak ended the session (restarted, or its idle time passed): log in again below.
        }
        HttpResponse<String> granted = passwordGrant(
                username, OneTimeCodes.needsCode(username) ? OneTimeCodes.fresh(username, Clock.systemUTC()) : null);
        if (granted.statusCode() != 200) {
            throw new IllegalStateException(
                    "No token for " + username + " from Keycloak: " + granted.statusCode() + " " + granted.body());
        }
        return Token.of(granted.body());
    }

    private static String token(String form) {
        HttpResponse<String> response = tokenEndpoint(form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token from Keycloak: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> tokenEndpoint(String form) {
        return send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/citizen-shop/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A token answer of Keycloak, with when its access (and refresh) token expire. */
    private record Token(String access, Instant expires, String refresh, Instant refreshExpires) {

        static Token of(String answer) {
            JsonObject json = json(answer).asJsonObject();
            Instant now = Instant.now();
            return new Token(
                    json.getString("access_token"),
                    now.plusSeconds(json.getInt("expires_in")),
                    json.getString("refresh_token", null),
                    now.plusSeconds(json.getInt("refresh_expires_in", 0)));
        }

        boolean lastsAnother(Duration time) {
            return Instant.now().plus(time).isBefore(expires);
        }

        boolean refreshLastsAnother(Duration time) {
            return refresh != null && Instant.now().plus(time).isBefore(refreshExpires);
        }
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

    /**
     * Sets an agency's behaviour in the simulator: {@code {"down":true}}, {@code {"garbled":true}}, …; {@code {}}
     * for normal.
     */
    public static void agencyBehaves(String agency, String switches) {
        HttpResponse<String> switched =
                send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/admin/agencies/" + agency + "/behaviour"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(switches)));
        if (switched.statusCode() != 200) {
            throw new IllegalStateException("the simulator answered " + switched.statusCode() + " to " + agency + " "
                    + switches + ": " + switched.body());
        }
    }

    /** A case's step for this service as its status board (GET /cases/{reference}) shows it to the token's holder. */
    public static JsonObject caseTask(String reference, String token, String service) {
        HttpResponse<String> board = send(api("/cases/" + reference)
                .header("Authorization", "Bearer " + token)
                .GET());
        if (board.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET /cases/" + reference + " answered " + board.statusCode() + ": " + board.body());
        }
        return object(board).getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(task -> task.getString("service").equals(service))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(reference + " has no step " + service));
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
