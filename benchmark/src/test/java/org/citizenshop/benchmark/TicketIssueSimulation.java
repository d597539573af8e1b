package org.citizenshop.benchmark;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 2: {@code CLIENTS} concurrent kiosks taking tickets for the services of the benchmark shop's queues in
 * turn, with the
 * kiosk's service-account token (the realistic case; kiosk tokens are not limited per client).
 */
public class TicketIssueSimulation extends BenchSimulation {

    static final String SCENARIO = "ticket-issue";
    static final String REQUEST = "issue ticket";

    private final Tokens tokens = new Tokens(true);

    {
        setUpClosedLoop(SCENARIO, REQUEST, name -> issueTicket(name, tokens));
    }

    /**
     * POST /api/v1/shops/{shop}/tickets as the kiosk, for the shop's queues in turn (one letter's series gives at
     * most 99 999 numbers a day, fewer than this scenario may take); 201 expected.
     */
    static HttpRequestActionBuilder issueTicket(String name, Tokens tokens) {
        AtomicLong requests = new AtomicLong();
        return kioskTicketPost(
                name,
                OpenTicketSimulation.PATH,
                tokens,
                session -> BenchConfig.TICKET_BODIES.get(
                        (int) (requests.getAndIncrement() % BenchConfig.TICKET_BODIES.size())));
    }

    @Override
    public void after() {
        tokens.close();
        writeResults(SCENARIO, REQUEST, BenchConfig.CLIENTS, Map.of());
    }
}
