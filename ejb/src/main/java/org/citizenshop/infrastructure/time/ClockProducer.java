package org.citizenshop.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

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
     * Not {@code Clock.tick(base, 1 µs)}: java.time's tick clock divides by zero in {@code millis()}
     * for ticks under a millisecond (a task held back by a rate limit once failed on it).
     */
    public static Clock microseconds(Clock base) {
        return new Microseconds(base);
    }

    private static final class Microseconds extends Clock {

        private final Clock base;

        Microseconds(Clock base) {
            this.base = base;
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(base.getZone()) ? this : new Microseconds(base.withZone(zone));
        }

        @Override
        public Instant instant() {
            return base.instant().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return base.millis();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Microseconds that && base.equals(that.base);
        }

        @Override
        public int hashCode() {
            return base.hashCode() ^ 0x4d494352;
        }

        @Override
        public String toString() {
            return "Microseconds[" + base + "]";
        }
    }
}
