package org.citizenshop.web.problem;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of the request being served on this thread: taken from a well-formed
 * {@code X-Correlation-Id} header or made up, returned in the response and written with any error.
 */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private CorrelationIds() {}

    static String begin(String inbound) {
        String id = inbound != null && ACCEPTABLE.matcher(inbound).matches()
                ? inbound
                : UUID.randomUUID().toString();
        CURRENT.set(id);
        return id;
    }

    static void end() {
        CURRENT.remove();
    }

    public static String current() {
        String id = CURRENT.get();
        return id == null ? UUID.randomUUID().toString() : id;
    }
}
