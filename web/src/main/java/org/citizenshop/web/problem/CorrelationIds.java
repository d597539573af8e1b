package org.citizenshop.web.problem;

import org.citizenshop.application.Correlation;

/**
 * The correlation id of the request being served on this thread: taken from a well-formed
 * {@code X-Correlation-Id} header or made up, returned in the response and written with any error.
 * The id lives in the application layer ({@link Correlation}) so the data tracker keeps it too.
 */
public final class CorrelationIds {

    public static final String HEADER = Correlation.HEADER;

    private CorrelationIds() {}

    static String begin(String inbound) {
        return Correlation.begin(inbound);
    }

    static void end() {
        Correlation.end();
    }

    public static String current() {
        return Correlation.current();
    }
}
