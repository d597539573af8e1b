package org.citizenshop.benchmark;

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
        return kioskTicketPost(name, OpenTicketSimulation.PATH, tokens);
    }

    @Override
    public void after() {
        tokens.close();
        writeResults(SCENARIO, REQUEST, BenchConfig.CLIENTS, Map.of());
    }
}
