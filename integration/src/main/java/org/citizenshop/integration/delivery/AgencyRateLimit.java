package org.citizenshop.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToIntFunction;
import org.citizenshop.application.port.AgencyRateLimits;
import org.citizenshop.integration.camel.CamelBootstrap;
import org.eclipse.microprofile.config.Config;

/**
 * Each agency's rate limit on this node: {@code agency.<code>.rate-per-second} (environment
 * {@code AGENCY_AT_RATE_PER_SECOND}, …), else {@code agency.rate-per-second}. The limiting itself is
 * Camel's throttle ({@link AgencyRateLimitRoute}); this bean reads the rates, counts the deliveries
 * held back and tells each one when to come back: the agency's next free slot at its rate, reserved
 * for it, so that what was held back returns spread at the rate rather than all at once.
 */
@ApplicationScoped
public class AgencyRateLimit implements AgencyRateLimits {

    static final String DEFAULT_RATE = "agency.rate-per-second";

    private static final class Agency {
        final int perSecond;
        final LongAdder heldBack = new LongAdder();
        long nextSlotMillis;

        Agency(int perSecond) {
            this.perSecond = perSecond;
        }
    }

    private final Map<String, Agency> agencies = new ConcurrentHashMap<>();

    @Inject
    Config config;

    @Inject
    CamelBootstrap camel;

    @Inject
    Clock clock;

    private ToIntFunction<String> rates;

    public AgencyRateLimit() {}

    /** For tests: the rates by agency code, and the clock the slots are counted on. */
    public AgencyRateLimit(ToIntFunction<String> rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
    }

    /** The agency's rate: deliveries a second, at least 1. */
    public int perSecond(String agency) {
        return state(agency).perSecond;
    }

    /** Whether a delivery to the agency may go now (a permit of its throttle). */
    public boolean admits(String agency) {
        return AgencyRateLimitRoute.admits(camel.template(), agency, perSecond(agency));
    }

    /**
     * A delivery to the agency was held back by its limit: counts it and returns how long it waits
     * before it comes back, its own slot after those already given out (one slot per 1/rate second).
     */
    public Duration heldBack(String agency) {
        Agency state = state(agency);
        state.heldBack.increment();
        long interval = Math.max(1, Math.round(1000.0 / state.perSecond));
        synchronized (state) {
            long now = clock.millis();
            state.nextSlotMillis = Math.max(now, state.nextSlotMillis) + interval;
            return Duration.ofMillis(state.nextSlotMillis - now);
        }
    }

    @Override
    public RateLimit of(String agency) {
        Agency state = state(agency);
        return new RateLimit(state.perSecond, state.heldBack.sum());
    }

    private Agency state(String agency) {
        return agencies.computeIfAbsent(agency, code -> new Agency(configuredRate(code)));
    }

    private int configuredRate(String agency) {
        int rate = rates != null
                ? rates.applyAsInt(agency)
                : config.getOptionalValue(
                                "agency." + agency.toLowerCase(Locale.ROOT) + ".rate-per-second", Integer.class)
                        .orElseGet(() -> config.getValue(DEFAULT_RATE, Integer.class));
        if (rate < 1) {
            throw new IllegalStateException(
                    "The rate limit of " + agency + " must be at least 1 a second, not " + rate);
        }
        return rate;
    }
}
