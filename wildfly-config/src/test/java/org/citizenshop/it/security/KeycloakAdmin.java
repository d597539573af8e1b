package org.citizenshop.it.security;

import static org.citizenshop.it.http.Endpoints.KEYCLOAK;
import static org.citizenshop.it.http.Endpoints.json;
import static org.citizenshop.it.http.Endpoints.send;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The dev Keycloak's admin API as its bootstrap administrator (the published dev values of
 * keycloak.sh): what the brute-force protection holds about a user, and unlocking him.
 */
final class KeycloakAdmin {

    private static final String ADMIN_PASSWORD = "admin-dev-not-for-production";
    private static final String REALM_ADMIN = KEYCLOAK + "/admin/realms/citizen-shop";

    private final String token;

    private KeycloakAdmin(String token) {
        this.token = token;
    }

    static KeycloakAdmin login() {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                        URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                        + "&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8))));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("No admin token: " + answer.statusCode() + " " + answer.body());
        }
        return new KeycloakAdmin(json(answer.body()).asJsonObject().getString("access_token"));
    }

    String userId(String username) {
        JsonArray users = json(call("GET", "/users?exact=true&username=" + username)
                        .body())
                .asJsonArray();
        if (users.size() != 1) {
            throw new IllegalStateException(users.size() + " users named " + username);
        }
        return users.getJsonObject(0).getString("id");
    }

    /** {@code {"numFailures":…,"disabled":…,"lastFailure":…,"lastIPFailure":…}} */
    JsonObject bruteForceState(String userId) {
        return json(call("GET", "/attack-detection/brute-force/users/" + userId).body())
                .asJsonObject();
    }

    void clearLoginFailures(String userId) {
        call("DELETE", "/attack-detection/brute-force/users/" + userId);
    }

    private HttpResponse<String> call(String method, String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(REALM_ADMIN + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody()));
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }
}
