package org.citizenshop.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.it.http.Endpoints.APP;
import static org.citizenshop.it.http.Endpoints.KEYCLOAK;
import static org.citizenshop.it.http.Endpoints.json;
import static org.citizenshop.it.http.Endpoints.send;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.citizenshop.it.Deployments;
import org.citizenshop.it.security.AccessMatrix.Expected;
import org.citizenshop.it.security.AccessMatrix.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page and every REST operation, tried by every kind of caller with his real token, answers as
 * the table {@code access-matrix.csv} says (docs/access-matrix.md): one test per cell, so that each
 * cell that does not match fails on its own, with the request and the answer. The table must have a
 * row for every operation the server's OpenAPI document lists, so that a new endpoint cannot escape it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final AccessMatrix MATRIX = AccessMatrix.load();
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String LOGIN = KEYCLOAK + "/realms/citizen-shop/protocol/openid-connect/auth";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** What an answer says about authorisation. */
    enum Outcome {
        ALLOWED,
        REFUSED,
        SENT_TO_LOGIN,
        SERVER_ERROR;

        static Outcome of(HttpResponse<String> answer) {
            int status = answer.statusCode();
            if (status == 401 || status == 403) {
                return REFUSED;
            }
            if (status / 100 == 3
                    && answer.headers().firstValue("Location").orElse("").startsWith(LOGIN)) {
                return SENT_TO_LOGIN;
            }
            return status >= 500 ? SERVER_ERROR : ALLOWED;
        }

        boolean meets(Expected expected, int status) {
            return switch (expected) {
                case ALLOW -> this == ALLOWED;
                case DENY -> this == REFUSED || this == SENT_TO_LOGIN;
                case SIGNED -> status == 401;
            };
        }
    }

    record Cell(Row row, String caller) {

        Expected expected() {
            return row.expected().get(caller);
        }
    }

    static Stream<Arguments> cells() {
        return MATRIX.rows().stream()
                .flatMap(row -> MATRIX.callers().stream().map(caller -> new Cell(row, caller)))
                .map(cell -> Arguments.of(
                        Named.of(cell.row().operation() + " as " + cell.caller() + ": " + cell.expected(), cell)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void answersAsTheTableSays(Cell cell) {
        Row row = cell.row();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(APP + row.request()))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en")
                .header("Accept", row.isApi() ? "application/json" : "text/html")
                .method(
                        row.method(),
                        row.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(row.body()));
        if (row.body() != null) {
            request.header("Content-Type", "application/json");
        }
        Callers.token(cell.caller()).ifPresent(token -> request.header("Authorization", "Bearer " + token));

        HttpResponse<String> answer = send(request);

        Outcome outcome = Outcome.of(answer);
        assertThat(outcome.meets(cell.expected(), answer.statusCode()))
                .as(
                        "access-matrix.csv line %d: %s %s as %s should be %s, but got %d (%s)%s",
                        row.line(),
                        row.method(),
                        row.request(),
                        cell.caller(),
                        cell.expected(),
                        answer.statusCode(),
                        outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        excerpt(answer))
                .isTrue();
    }

    @Test
    void everyOperationOfTheOpenApiDocument_hasARow_andEveryApiRowIsAnOperation() {
        HttpResponse<String> document = send(
                HttpRequest.newBuilder(URI.create(APP + "/openapi?format=JSON")).timeout(Duration.ofSeconds(30)));
        assertThat(document.statusCode()).isEqualTo(200);
        JsonObject paths = json(document.body()).asJsonObject().getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                if (HTTP_METHODS.contains(method)) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        Set<String> inTable = MATRIX.rows().stream()
                .filter(Row::isApi)
                .map(Row::operation)
                .collect(Collectors.toCollection(TreeSet::new));

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(difference(documented, inTable))
                    .as("operations of /openapi without a row in access-matrix.csv (add one per operation)")
                    .isEmpty();
            softly.assertThat(difference(inTable, documented))
                    .as("rows of access-matrix.csv that /openapi does not list (renamed or removed?)")
                    .isEmpty();
        });
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> rest = new TreeSet<>(these);
        rest.removeAll(those);
        return rest;
    }

    private static String excerpt(HttpResponse<String> answer) {
        String location = answer.headers().firstValue("Location").orElse(null);
        if (location != null) {
            return " to " + location;
        }
        String body = answer.body() == null
                ? ""
                : answer.body().replaceAll("\\s+", " ").strip();
        return body.isEmpty() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }
}
