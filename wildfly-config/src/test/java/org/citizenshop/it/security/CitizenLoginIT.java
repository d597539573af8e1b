package org.citizenshop.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citizenshop.it.http.Endpoints.APP;
import static org.citizenshop.it.http.Endpoints.KEYCLOAK;
import static org.citizenshop.it.http.Endpoints.PASSWORD;
import static org.citizenshop.it.http.Endpoints.claims;
import static org.citizenshop.it.http.Endpoints.json;
import static org.citizenshop.it.http.Endpoints.passwordGrant;

import jakarta.json.JsonObject;
import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.citizenshop.it.http.OneTimeCodes;
import org.citizenshop.it.http.Totp;
import org.junit.jupiter.api.Test;

/**
 * Citizens log in as with the Chave Móvel Digital: password plus a one-time code (TOTP), in the
 * direct grant the tests use and in the browser login; staff log in with the password alone. The
 * tokens carry the citizen's civil ID number. Wrong codes count as failed logins for the realm's
 * brute-force protection. Keycloak only: no deployment.
 *
 * <p>Each test logs in its own citizen, so that one test's failed logins never add up with
 * another's in the brute-force counts (Keycloak locks a user out after two failures within a second).
 */
class CitizenLoginIT {

    private static final String REALM = KEYCLOAK + "/realms/citizen-shop";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"");

    @Test
    void passwordGrant_ofACitizen_isRefusedWithoutACode_andWithTheCodeGivesTokensWithHisCivilId() {
        HttpResponse<String> withoutCode = passwordGrant("citizen1", null);

        assertRefused(withoutCode);

        HttpResponse<String> withCode = passwordGrant("citizen1", OneTimeCodes.fresh("citizen1", Clock.systemUTC()));

        assertThat(withCode.statusCode()).as(withCode.body()).isEqualTo(200);
        JsonObject tokens = json(withCode.body()).asJsonObject();
        JsonObject access = claims(tokens.getString("access_token"));
        assertThat(access.getString("civil_id")).isEqualTo("12345678");
        assertThat(access.getString("preferred_username")).isEqualTo("citizen1");
        assertThat(access.getJsonObject("realm_access").getJsonArray("roles").toString())
                .contains("\"citizen\"");
        assertThat(claims(tokens.getString("id_token")).getString("civil_id")).isEqualTo("12345678");
    }

    @Test
    void passwordGrant_withAWrongCode_isRefused_andTheRightCodeThenLogsIn() {
        HttpResponse<String> wrong = passwordGrant("citizen2", wrongCode("citizen2"));

        assertRefused(wrong);

        HttpResponse<String> right = passwordGrant("citizen2", OneTimeCodes.fresh("citizen2", Clock.systemUTC()));
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        assertThat(claims(json(right.body()).asJsonObject().getString("access_token"))
                        .getString("civil_id"))
                .isEqualTo("30000001");
    }

    @Test
    void passwordGrant_ofStaff_needsNoCode_andCarriesNoCivilId() {
        HttpResponse<String> clerk = passwordGrant("clerk1", null);

        assertThat(clerk.statusCode()).as(clerk.body()).isEqualTo(200);
        JsonObject access = claims(json(clerk.body()).asJsonObject().getString("access_token"));
        assertThat(access.containsKey("civil_id")).isFalse();
        assertThat(access.getString("shop")).isEqualTo("LX-LARANJEIRAS");
    }

    @Test
    void browserLogin_ofACitizen_asksForTheCodeAfterThePassword_thenReturnsToTheShop() {
        Browser browser = new Browser();
        String redirect = APP + "/";
        HttpResponse<String> loginPage = browser.open(REALM + "/protocol/openid-connect/auth?client_id=citizen-shop-web"
                + "&response_type=code&scope=openid&state=citizen-login-it&redirect_uri="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8));
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);

        HttpResponse<String> codePage = browser.submit(
                formAction(loginPage),
                "username=citizen2&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));

        assertThat(codePage.statusCode())
                .as("the code form, not a way back to the shop")
                .isEqualTo(200);
        assertThat(codePage.body()).contains("name=\"otp\"");

        HttpResponse<String> back =
                browser.submit(formAction(codePage), "otp=" + OneTimeCodes.fresh("citizen2", Clock.systemUTC()));

        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location"))
                .get()
                .asString()
                .startsWith(redirect)
                .contains("state=citizen-login-it")
                .contains("code=");
    }

    @Test
    void wrongCodes_lockTheCitizenOut_likeWrongPasswords() {
        KeycloakAdmin admin = KeycloakAdmin.login();
        String citizen3 = admin.userId("citizen3");
        admin.clearLoginFailures(citizen3);
        assertThat(passwordGrant("citizen3", OneTimeCodes.fresh("citizen3", Clock.systemUTC()))
                        .statusCode())
                .as("citizen3 logs in with password and code")
                .isEqualTo(200);

        String wrong = wrongCode("citizen3");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertRefused(passwordGrant("citizen3", wrong));
        }

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(admin.bruteForceState(citizen3).getBoolean("disabled"))
                        .as("citizen3 locked out by the brute-force protection")
                        .isTrue());
        assertRefused(passwordGrant("citizen3", OneTimeCodes.fresh("citizen3", Clock.systemUTC())));
        admin.clearLoginFailures(citizen3);
    }

    private static void assertRefused(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isIn(400, 401);
        assertThat(json(answer.body()).asJsonObject().getString("error")).isEqualTo("invalid_grant");
    }

    /** Six digits that are none of the codes Keycloak accepts now (the steps around the current one). */
    private static String wrongCode(String citizen) {
        Totp totp = OneTimeCodes.of(citizen);
        long step = totp.stepAt(Instant.now());
        Set<String> accepted = LongStream.rangeClosed(step - 2, step + 2)
                .mapToObj(totp::codeOfStep)
                .collect(Collectors.toSet());
        return LongStream.range(0, 10)
                .mapToObj(digit -> Long.toString(digit).repeat(6))
                .filter(code -> !accepted.contains(code))
                .findFirst()
                .orElseThrow();
    }

    private static String formAction(HttpResponse<String> page) {
        Matcher action = FORM_ACTION.matcher(page.body());
        assertThat(action.find()).as("a form on " + page.uri()).isTrue();
        return action.group(1).replace("&amp;", "&");
    }

    /**
     * A browser as far as Keycloak's login pages need one: it keeps Keycloak's cookies (by hand:
     * the JDK's cookie manager never sends a Secure cookie over plain HTTP) and follows Keycloak's
     * redirects to its own pages, but not the one back to the application.
     */
    private static final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> open(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        HttpResponse<String> submit(String action, String fields) {
            return send(HttpRequest.newBuilder(URI.create(action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(fields)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            HttpResponse<String> answer = exchange(request);
            for (int hop = 0; hop < 5 && answer.statusCode() / 100 == 3; hop++) {
                URI next = answer.uri()
                        .resolve(answer.headers().firstValue("Location").orElseThrow());
                if (!next.toString().startsWith(KEYCLOAK)) {
                    return answer;
                }
                answer = exchange(HttpRequest.newBuilder(next).GET());
            }
            return answer;
        }

        private HttpResponse<String> exchange(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> answer;
            try {
                answer = client.send(
                        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            for (String cookie : answer.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0 && cookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(pair.substring(0, equals).strip());
                } else if (equals > 0) {
                    cookies.put(
                            pair.substring(0, equals).strip(),
                            pair.substring(equals + 1).strip());
                }
            }
            return answer;
        }
    }
}
