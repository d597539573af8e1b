package org.citizenshop.agencysim.behaviour;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.citizenshop.agencysim.common.IdempotencyKeys;
import org.citizenshop.agencysim.common.Problem;
import org.citizenshop.agencysim.common.RequestTrace;
import org.citizenshop.agencysim.common.Responses;

/**
 * Applies an agency's behaviour before its handler runs. Down and simulated failures answer without calling the
 * handler, so nothing is recorded for the key and a retry with the same key can still succeed.
 */
public final class BehaviourGate {

    private final BehaviourSwitches switches;
    private final RandomGenerator random;

    /** {@code random} decides which requests fail; it must be safe for concurrent use, e.g. {@link java.util.Random}. */
    public BehaviourGate(BehaviourSwitches switches, RandomGenerator random) {
        this.switches = switches;
        this.random = random;
    }

    public Handler guard(String agency, Handler handler) {
        return ctx -> {
            RequestTrace.agency(ctx, agency);
            String key = requestKey(ctx);
            RequestTrace.key(ctx, key);
            Behaviour behaviour = switches.of(agency);
            if (behaviour.down()) {
                answerDown(ctx, agency, key);
            } else if (behaviour.latencyMs() > 0) {
                // Delayed without holding a server thread, so a slow agency does not starve the others.
                Executor later = CompletableFuture.delayedExecutor(behaviour.latencyMs(), TimeUnit.MILLISECONDS);
                ctx.future(() -> CompletableFuture.supplyAsync(() -> null, later)
                        .thenCompose(ignored -> proceedLater(ctx, agency, key, behaviour, handler)));
            } else {
                proceed(ctx, agency, key, behaviour, handler);
            }
        };
    }

    private CompletableFuture<Void> proceedLater(
            Context ctx, String agency, String key, Behaviour behaviour, Handler handler) {
        try {
            proceed(ctx, agency, key, behaviour, handler);
            return CompletableFuture.completedFuture(null);
        } catch (Exception e) {
            // Handed to Javalin's exception handlers, as a synchronous handler's exception would be.
            return CompletableFuture.failedFuture(e);
        }
    }

    private void proceed(Context ctx, String agency, String key, Behaviour behaviour, Handler handler)
            throws Exception {
        if (behaviour.failureRate() > 0 && random.nextDouble() < behaviour.failureRate()) {
            RequestTrace.outcome(ctx, "SIMULATED_FAILURE");
            Responses.problem(
                    ctx,
                    Problem.error(
                            agency,
                            500,
                            "SIMULATED_FAILURE",
                            "Simulated failure",
                            "The " + name(agency) + " back office failed to answer (simulated); nothing was recorded.",
                            key));
        } else {
            handler.handle(ctx);
        }
    }

    private static void answerDown(Context ctx, String agency, String key) {
        RequestTrace.outcome(ctx, "DOWN");
        Responses.problem(
                ctx,
                Problem.error(
                        agency,
                        503,
                        "DOWN",
                        "Agency down",
                        "The " + name(agency) + " back office is down (simulated); nothing was recorded.",
                        key));
    }

    /** Only a well-formed key is worth echoing; the agency's own handler rejects the others. */
    private static String requestKey(Context ctx) {
        String key = ctx.header(IdempotencyKeys.HEADER);
        return IdempotencyKeys.isValid(key) ? key : null;
    }

    private static String name(String agency) {
        return agency.toUpperCase(Locale.ROOT);
    }
}
