package org.citizenshop.benchmark;

import java.util.Map;

/**
 * The floor's scenarios (floor.war, {@code FloorResource}): {@code CLIENTS} concurrent clients with the kiosk's
 * token, in a closed loop like the others. {@link Secured}: the reference's echo behind the token check.
 * {@link Ticket}: the barest numbered, durable ticket; {@link Sequence}: the same, numbered without a lock;
 * {@link Batched}: numbered under the lock, the tickets of concurrent requests stored in one transaction. Between
 * the reference and the ticket endpoint, they say what the token check and a ticket's transaction cost on this
 * server, whatever the ticket's code does.
 */
abstract class FloorSimulation extends BenchSimulation {

    private final String scenario;
    private final String request;
    private final Tokens tokens = new Tokens(true);

    FloorSimulation(String scenario, String request, String path) {
        this.scenario = scenario;
        this.request = request;
        setUpClosedLoop(scenario, request, name -> kioskTicketPost(name, path, tokens));
    }

    @Override
    public void after() {
        tokens.close();
        writeResults(scenario, request, BenchConfig.CLIENTS, Map.of());
    }

    /** {@code POST /floor/echo}: the token checked, nothing else done. */
    public static class Secured extends FloorSimulation {
        public Secured() {
            super("floor-secured", "floor secured echo", "/floor/echo");
        }
    }

    /** {@code POST /floor/tickets}: the token checked, a number drawn under a row lock, a row inserted, one commit. */
    public static class Ticket extends FloorSimulation {
        public Ticket() {
            super("floor-ticket", "floor ticket", "/floor/tickets");
        }
    }

    /** {@code POST /floor/tickets-batched}: under the lock, the tickets of concurrent requests in one commit. */
    public static class Batched extends FloorSimulation {
        public Batched() {
            super("floor-batched", "floor ticket in a batch", "/floor/tickets-batched");
        }
    }

    /** {@code POST /floor/tickets-from-sequence}: the same with the number from a sequence, no lock. */
    public static class Sequence extends FloorSimulation {
        public Sequence() {
            super("floor-sequence", "floor ticket from a sequence", "/floor/tickets-from-sequence");
        }
    }
}
