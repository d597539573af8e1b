package org.citizenshop.agencysim.common;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Who asked an agency's registry about whom, why and when: every lookup request it received, answered or refused (by
 * the endpoint or by the switches), with what it was told. Tests read it (at {@code /admin/agencies/<code>/lookups})
 * to prove that the shop looks nobody up without their consent, so a refusal is kept as well as a disclosure.
 */
public final class LookupLog {

    /** The headers a lookup names its reason and its request by. */
    public static final String CORRELATION_ID = "X-Correlation-Id";

    public static final String PURPOSE = "X-Purpose";

    /**
     * One request; the civil ID number, purpose and correlation id as they were sent (null when absent, clipped when
     * long), the status and outcome it got.
     */
    public record Lookup(
            String civilIdNumber, String purpose, String correlationId, Instant at, int httpStatus, String outcome) {}

    /** What the list endpoint answers. */
    public record View(int count, List<Lookup> lookups) {}

    private static final int MAX_KEPT_LENGTH = 200;

    private final Clock clock;
    private final Function<Context, String> civilIdOf;
    private final Queue<Lookup> lookups = new ConcurrentLinkedQueue<>();

    /** {@code civilIdOf} reads the civil ID number a request asks about (a path or query parameter). */
    public LookupLog(Clock clock, Function<Context, String> civilIdOf) {
        this.clock = clock;
        this.civilIdOf = civilIdOf;
    }

    /** Keeps the request that {@code ctx} answered. */
    public void record(Context ctx) {
        lookups.add(new Lookup(
                clipped(civilIdOf.apply(ctx)),
                clipped(ctx.header(PURPOSE)),
                clipped(ctx.header(CORRELATION_ID)),
                clock.instant(),
                ctx.statusCode(),
                RequestTrace.outcomeOf(ctx)));
    }

    /** The lookups of one civil ID number, or all when {@code civilIdNumber} is null or empty. */
    public View view(String civilIdNumber) {
        List<Lookup> found = civilIdNumber == null || civilIdNumber.isEmpty()
                ? List.copyOf(lookups)
                : lookups.stream()
                        .filter(lookup -> civilIdNumber.equals(lookup.civilIdNumber()))
                        .toList();
        return new View(found.size(), found);
    }

    public void clear() {
        lookups.clear();
    }

    private static String clipped(String text) {
        return text == null || text.length() <= MAX_KEPT_LENGTH ? text : text.substring(0, MAX_KEPT_LENGTH);
    }
}
