package org.citizenshop.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of the application, so that tests could pin time without touching the services. It
 * ticks in microseconds, the precision the databases keep, so that a moment read back from the
 * database equals the moment that was written.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return microseconds(Clock.systemUTC());
    }

    /**
     * The base clock, ticking in microseconds: the shape of the application's clock, for tests too.
     * Such a clock's {@code millis()} divides by zero (java.time's tick clock only handles ticks of a
     * millisecond or more there): read {@code instant()}.
     */
    public static Clock microseconds(Clock base) {
        return Clock.tick(base, Duration.ofNanos(1_000));
    }
}
