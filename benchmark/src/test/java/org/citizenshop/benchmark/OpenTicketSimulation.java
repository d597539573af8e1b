package org.citizenshop.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import java.util.Map;

/**
 * Ticket issue as kiosks make it: an open workload. {@link BenchConfig#OPEN_RATE} tickets a second arrive at the
 * same endpoint with the kiosk's token (for the benchmark shop's queues in turn, as in the closed loop), each a
 * request of its own that does not wait for the others (Gatling's constant arrival rate; connections are pooled,
 * as a kiosk keeps its own), for the warm-up and then the measured
 * duration. Unlike the closed loop, the latency here is the ticket's own at that rate, not the queue in front of
 * 64 clients pressing back to back: the figure a citizen at a kiosk sees on a busy day.
 */
public class OpenTicketSimulation extends BenchSimulation {

    static final String SCENARIO = "ticket-open";
    static final String REQUEST = "issue ticket (open workload)";
    static final String PATH = "/api/v1/shops/" + BenchConfig.SHOP + "/tickets";

    private final Tokens tokens = new Tokens(true);

    {
        setUp(arrivals(false)
                        .injectOpen(constantUsersPerSec(BenchConfig.OPEN_RATE).during(BenchConfig.WARM_UP))
                        .andThen(arrivals(true)
                                .injectOpen(constantUsersPerSec(BenchConfig.OPEN_RATE)
                                        .during(BenchConfig.DURATION))))
                .protocols(protocol().shareConnections());
    }

    /** Each arrival issues one ticket; in the measured phase it is counted. */
    private ScenarioBuilder arrivals(boolean measure) {
        String name = measure ? REQUEST : WARM_UP_PREFIX + REQUEST;
        return scenario(measure ? SCENARIO : WARM_UP_PREFIX + SCENARIO)
                .exec(session -> {
                    if (measure) {
                        measured.userStarted();
                    }
                    return session;
                })
                .exec(TicketIssueSimulation.issueTicket(name, tokens))
                .exec(session -> {
                    if (measure) {
                        record(session);
                        measured.userFinished();
                    }
                    return session.remove(RESPONSE_TIME).markAsSucceeded();
                });
    }

    @Override
    public void after() {
        tokens.close();
        writeResults(SCENARIO, REQUEST, BenchConfig.OPEN_RATE, Map.of("arrivalsPerSecond", BenchConfig.OPEN_RATE));
    }
}
