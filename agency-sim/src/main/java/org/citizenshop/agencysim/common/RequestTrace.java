package org.citizenshop.agencysim.common;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects agency, key and outcome while a request is handled and logs them in one line once it is answered, which
 * also covers answers delayed by the latency switch.
 */
public final class RequestTrace {

    private static final Logger LOG = LoggerFactory.getLogger("org.citizenshop.agencysim.requests");
    private static final String AGENCY = "agencysim.agency";
    private static final String KEY = "agencysim.key";
    private static final String OUTCOME = "agencysim.outcome";

    private RequestTrace() {}

    public static void agency(Context ctx, String agency) {
        ctx.attribute(AGENCY, agency);
    }

    public static void key(Context ctx, String key) {
        ctx.attribute(KEY, key);
    }

    public static void outcome(Context ctx, String outcome) {
        ctx.attribute(OUTCOME, outcome);
    }

    /** The outcome noted so far, or null. */
    public static String outcomeOf(Context ctx) {
        return ctx.attribute(OUTCOME);
    }

    public static void log(Context ctx, Float millis) {
        String agency = ctx.attribute(AGENCY);
        String key = ctx.attribute(KEY);
        String outcome = ctx.attribute(OUTCOME);
        LOG.info(
                "{} {} agency={} key={} outcome={} status={} in {} ms",
                ctx.method(),
                ctx.path(),
                agency == null ? "-" : agency,
                key == null ? "-" : key,
                outcome == null ? "-" : outcome,
                ctx.statusCode(),
                Math.round(millis));
    }
}
