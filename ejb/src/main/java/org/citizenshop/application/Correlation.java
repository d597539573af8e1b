package org.citizenshop.application;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of the request served on this thread, set by the web layer for every page and
 * API request (from a well-formed {@code X-Correlation-Id} header or made up) and kept by the data
 * tracker and the registries' lookups.
 */
public final class Correlation {

    public static final String HEADER = "X-Correlation-Id";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Correlation() {}

    /** Starts serving a request; returns the id it runs under. */
    public static String begin(String inbound) {
        String id = inbound != null && ACCEPTABLE.matcher(inbound).matches()
                ? inbound
                : UUID.randomUUID().toString();
        CURRENT.set(id);
        return id;
    }

    public static void end() {
        CURRENT.remove();
    }

    /** The current request's id; outside a request (a message listener), a new one each time. */
    public static String current() {
        String id = CURRENT.get();
        return id == null ? UUID.randomUUID().toString() : id;
    }
}
