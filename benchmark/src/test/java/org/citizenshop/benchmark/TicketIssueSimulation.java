package org.citizenshop.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Map;

/**
 * Scenario 2: {@code CLIENTS} concurrent kiosks taking tickets for one service at the benchmark shop, with the
 * kiosk's service-account token (the realistic case; kiosk tokens are not limited per client).
 */
public class TicketIssueSimulation extends BenchSimulation {

    static final String SCENARIO = "ticket-issue";
    static final String REQUEST = "issue ticket";

    private final Tokens tokens = new Tokens(true);

    {
        setUpClosedLoop(SCENARIO, REQUEST, name -> issueTicket(name, tokens));
    }

    /** POST /api/v1/shops/{shop}/tickets as the kiosk; 201 expected. */
    static HttpRequestActionBuilder issueTicket(String name, Tokens tokens) {
        return http(name)
                .post("/api/v1/shops/" + BenchConfig.SHOP + "/tickets")
                .header("Authorization", session -> tokens.bearer(Tokens.KIOSK))
                .body(StringBody(BenchConfig.TICKET_BODY))
                .asJson()
                .check(responseTime(), status().is(201));
    }

    @Override
    public void after() {
        tokens.close();
        writeResults(SCENARIO, REQUEST, BenchConfig.CLIENTS, Map.of());
    }
}
