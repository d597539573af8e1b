package org.citizenshop.agencysim.irn;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.citizenshop.agencysim.common.RequestTrace;

/**
 * Who asked for whose record, why and when: every request for a person's record the registry received, answered or
 * refused (by the endpoint or by the switches), with what it was told. Tests read it to prove that the shop looks
 * nobody up without their consent, so a refusal is kept as well as a disclosure.
 */
final class RecordLookups {

    /**
     * One request for a record; the civil ID number, purpose and correlation id as they were sent (null when absent,
     * clipped when long), the status and outcome it got.
     */
    record Lookup(
            String civilIdNumber, String purpose, String correlationId, Instant at, int httpStatus, String outcome) {}

    private static final int MAX_KEPT_LENGTH = 200;

    private final Clock clock;
    private final Queue<Lookup> lookups = new ConcurrentLinkedQueue<>();

    RecordLookups(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the request that {@code ctx} answered. */
    void record(Context ctx) {
        lookups.add(new Lookup(
                clipped(ctx.pathParam(RecordRoutes.CIVIL_ID_PARAM)),
                clipped(ctx.header(RecordRoutes.PURPOSE)),
                clipped(ctx.header(RecordRoutes.CORRELATION_ID)),
                clock.instant(),
                ctx.statusCode(),
                RequestTrace.outcomeOf(ctx)));
    }

    List<Lookup> all() {
        return List.copyOf(lookups);
    }

    List<Lookup> of(String civilIdNumber) {
        return lookups.stream()
                .filter(lookup -> civilIdNumber.equals(lookup.civilIdNumber()))
                .toList();
    }

    void clear() {
        lookups.clear();
    }

    private static String clipped(String text) {
        return text == null || text.length() <= MAX_KEPT_LENGTH ? text : text.substring(0, MAX_KEPT_LENGTH);
    }
}
