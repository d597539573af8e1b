package org.citizenshop.agencysim.behaviour;

/**
 * How one agency misbehaves: extra delay, the share of requests that fail, down altogether, or
 * garbled: its HTTP API answers 200 with a web page instead of its format, as a broken release
 * would (nothing is recorded; a client cannot read the answer, and trying again does not help).
 */
public record Behaviour(long latencyMs, double failureRate, boolean down, boolean garbled) {

    public static final Behaviour NORMAL = new Behaviour(0, 0.0, false, false);

    public Behaviour(long latencyMs, double failureRate, boolean down) {
        this(latencyMs, failureRate, down, false);
    }

    /** Two minutes: longer than any client timeout worth testing, short enough not to pin threads for a demo. */
    public static final long MAX_LATENCY_MS = 120_000;

    public Behaviour {
        if (latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("latencyMs must be between 0 and " + MAX_LATENCY_MS);
        }
        // Written this way round so that NaN fails too.
        if (!(failureRate >= 0.0 && failureRate <= 1.0)) {
            throw new IllegalArgumentException("failureRate must be between 0 and 1");
        }
    }
}
