package org.citizenshop.agencysim.common;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * How an agency answers while its switches say down or fail, in its own wire format; nothing is recorded for the key
 * either way. Most agencies speak problem JSON, as {@link #PROBLEMS} does.
 */
public interface GateAnswers {

    /** 503 problem {@code DOWN}, 500 problem {@code SIMULATED_FAILURE}. */
    GateAnswers PROBLEMS = new GateAnswers() {
        @Override
        public void down(Context ctx, String agency, String key) {
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

        @Override
        public void failure(Context ctx, String agency, String key) {
            Responses.problem(
                    ctx,
                    Problem.error(
                            agency,
                            500,
                            "SIMULATED_FAILURE",
                            "Simulated failure",
                            "The " + name(agency) + " back office failed to answer (simulated); nothing was recorded.",
                            key));
        }
    };

    void down(Context ctx, String agency, String key);

    void failure(Context ctx, String agency, String key);

    static String name(String agency) {
        return agency.toUpperCase(Locale.ROOT);
    }
}
