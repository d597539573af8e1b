package org.citizenshop.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Access tokens of the dev realm, fetched before the load starts and renewed by a background thread at half
 * their lifetime (300 s in the dev realm), so that no virtual user ever waits for Keycloak and runs of any
 * length keep valid tokens. The virtual users only read the current value.
 */
final class Tokens implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Tokens.class.getName());

    /** The kiosk device's service account (client credentials): its tickets are not limited. */
    static final String KIOSK = "kiosk";

    /** Dev-realm demo credentials (wildfly-config/src/main/keycloak/README.md), published values. */
    private static final String KIOSK_CLIENT = "citizen-shop-kiosk";

    private static final String KIOSK_SECRET = "dev-kiosk-secret-not-for-production";
    private static final String CLI_CLIENT = "citizen-shop-dev-cli";
    private static final String CLERK_PASSWORD = "citizen-shop-dev";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "token-renewal");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Map<String, String>> grants = new LinkedHashMap<>();
    private final Map<String, String> current = new java.util.concurrent.ConcurrentHashMap<>();

    /** Tokens for the kiosk and for the clerks named (password grant). */
    Tokens(boolean kiosk, String... clerks) {
        if (kiosk) {
            grants.put(
                    KIOSK,
                    Map.of(
                            "grant_type", "client_credentials",
                            "client_id", KIOSK_CLIENT,
                            "client_secret", KIOSK_SECRET));
        }
        for (String clerk : clerks) {
            grants.put(
                    clerk,
                    Map.of(
                            "grant_type", "password",
                            "client_id", CLI_CLIENT,
                            "username", clerk,
                            "password", CLERK_PASSWORD));
        }
        long lifetime = Long.MAX_VALUE;
        for (String name : grants.keySet()) {
            lifetime = Math.min(lifetime, fetch(name));
        }
        long period = Math.max(10, lifetime / 2);
        renewal.scheduleAtFixedRate(this::renewAll, period, period, TimeUnit.SECONDS);
    }

    /** The current access token of the kiosk or of a clerk. */
    String bearer(String name) {
        String token = current.get(name);
        if (token == null) {
            throw new IllegalStateException("no token for " + name);
        }
        return "Bearer " + token;
    }

    private void renewAll() {
        for (String name : grants.keySet()) {
            try {
                fetch(name);
            } catch (RuntimeException e) {
                // The old token is still valid for the other half of its life: try again at the next period.
                LOG.log(System.Logger.Level.WARNING, "renewing the token of " + name + " failed", e);
            }
        }
    }

    /** Fetches a token, stores it and answers its lifetime in seconds. */
    private long fetch(String name) {
        String form = grants.get(name).entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(BenchConfig.TOKEN_URL))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "token endpoint answered " + response.statusCode() + " for " + name + ": " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            current.put(name, json.get("access_token").asText());
            return json.path("expires_in").asLong(300);
        } catch (IOException e) {
            throw new IllegalStateException("token endpoint " + BenchConfig.TOKEN_URL + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        renewal.shutdownNow();
    }
}
