package org.citizenshop.agencysim.behaviour;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.citizenshop.agencysim.common.BehaviourView;
import org.citizenshop.agencysim.common.GateAnswers;
import org.citizenshop.agencysim.common.IdempotencyKeys;
import org.citizenshop.agencysim.common.RequestTrace;

/**
 * Applies an agency's behaviour before its handler runs. Down and simulated failures answer without calling the
 * handler, so nothing is recorded for the key and a retry with the same key can still succeed.
 */
public final class BehaviourGate {

    /** What a garbled agency answers: a maintenance page where its format was expected. */
    static final String GARBLED_PAGE =
            "<!DOCTYPE html><html><head><title>Maintenance</title></head><body><p>Back soon.</p></body></html>";

    private final BehaviourSwitches switches;
    private final RandomGenerator random;

    /** {@code random} decides which requests fail; it must be safe for concurrent use, e.g. {@link java.util.Random}. */
    public BehaviourGate(BehaviourSwitches switches, RandomGenerator random) {
        this.switches = switches;
        this.random = random;
    }

    /** Answers down and failures as problem JSON. */
    public Handler guard(String agency, Handler handler) {
        return guard(agency, handler, GateAnswers.PROBLEMS);
    }

    public Handler guard(String agency, Handler handler, GateAnswers answers) {
        return ctx -> {
            RequestTrace.agency(ctx, agency);
            String key = requestKey(ctx);
            RequestTrace.key(ctx, key);
            Behaviour behaviour = switches.of(agency);
            if (behaviour.down()) {
                RequestTrace.outcome(ctx, "DOWN");
                answers.down(ctx, agency, key);
            } else if (behaviour.latencyMs() > 0) {
                // Delayed without holding a server thread, so a slow agency does not starve the others.
                Executor later = CompletableFuture.delayedExecutor(behaviour.latencyMs(), TimeUnit.MILLISECONDS);
                ctx.future(() -> CompletableFuture.supplyAsync(() -> null, later)
                        .thenCompose(ignored -> proceedLater(ctx, agency, key, behaviour, handler, answers)));
            } else {
                proceed(ctx, agency, key, behaviour, handler, answers);
            }
        };
    }

    /** The switches of one agency for work that no request starts, rolling the same dice as the requests. */
    public BehaviourView view(String agency) {
        if (!switches.knows(agency)) {
            throw new IllegalArgumentException("Unknown agency " + agency);
        }
        return new BehaviourView() {
            @Override
            public boolean down() {
                return switches.of(agency).down();
            }

            @Override
            public long latencyMs() {
                return switches.of(agency).latencyMs();
            }

            @Override
            public boolean failsNow() {
                return fails(switches.of(agency));
            }
        };
    }

    private CompletableFuture<Void> proceedLater(
            Context ctx, String agency, String key, Behaviour behaviour, Handler handler, GateAnswers answers) {
        try {
            proceed(ctx, agency, key, behaviour, handler, answers);
            return CompletableFuture.completedFuture(null);
        } catch (Exception e) {
            // Handed to Javalin's exception handlers, as a synchronous handler's exception would be.
            return CompletableFuture.failedFuture(e);
        }
    }

    private void proceed(
            Context ctx, String agency, String key, Behaviour behaviour, Handler handler, GateAnswers answers)
            throws Exception {
        if (fails(behaviour)) {
            RequestTrace.outcome(ctx, "SIMULATED_FAILURE");
            answers.failure(ctx, agency, key);
        } else if (behaviour.garbled()) {
            RequestTrace.outcome(ctx, "GARBLED");
            ctx.status(200).contentType("text/html; charset=utf-8").result(GARBLED_PAGE);
        } else {
            handler.handle(ctx);
        }
    }

    private boolean fails(Behaviour behaviour) {
        return behaviour.failureRate() > 0 && random.nextDouble() < behaviour.failureRate();
    }

    /** Only a well-formed key is worth echoing; the agency's own handler rejects the others. */
    private static String requestKey(Context ctx) {
        String key = ctx.header(IdempotencyKeys.HEADER);
        return IdempotencyKeys.isValid(key) ? key : null;
    }
}
