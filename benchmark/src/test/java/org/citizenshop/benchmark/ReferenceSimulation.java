package org.citizenshop.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Map;

/** Scenario 1: {@code CLIENTS} concurrent clients posting a ticket-like body to the bare JAX-RS reference. */
public class ReferenceSimulation extends BenchSimulation {

    static final String SCENARIO = "reference";
    static final String REQUEST = "reference echo";

    {
        setUpClosedLoop(SCENARIO, REQUEST, ReferenceSimulation::echo);
    }

    private static HttpRequestActionBuilder echo(String name) {
        return http(name)
                .post("/reference/echo")
                .body(StringBody(BenchConfig.TICKET_BODY))
                .asJson()
                .check(responseTime(), status().is(201));
    }

    @Override
    public void after() {
        writeResults(SCENARIO, REQUEST, BenchConfig.CLIENTS, Map.of());
    }
}
