package org.citizenshop.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.citizenshop.domain.model.Fixtures;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.ticket.TicketRepository;
import org.junit.jupiter.api.Test;

class RecentServiceTimesTest {

    private final AtomicInteger reads = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private final RecentServiceTimes times = new RecentServiceTimes();
    private final ServiceQueue queue = withId(new Fixtures().registryQueue, 7L);
    private final LocalDate day = LocalDate.of(2026, 11, 27);

    RecentServiceTimesTest() {
        times.tickets = (TicketRepository) Proxy.newProxyInstance(
                TicketRepository.class.getClassLoader(),
                new Class<?>[] {TicketRepository.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("averageServiceTime")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return Optional.of(Duration.ofMinutes(reads.incrementAndGet()));
                });
        times.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    private static ServiceQueue withId(ServiceQueue queue, long id) {
        try {
            Field field = ServiceQueue.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(queue, id);
            return queue;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReadingIsReusedWhileFresh_andReadAgainOnceItIsStale() {
        assertThat(times.of(queue, day)).contains(Duration.ofMinutes(1));
        now = now.plusSeconds(10);
        assertThat(times.of(queue, day)).contains(Duration.ofMinutes(1));
        assertThat(reads).hasValue(1);

        now = now.plus(RecentServiceTimes.FRESH_FOR);

        assertThat(times.of(queue, day)).contains(Duration.ofMinutes(2));
        assertThat(reads).hasValue(2);
    }

    @Test
    void eachDayHasItsOwnReading() {
        times.of(queue, day);
        times.of(queue, day.plusDays(1));

        assertThat(reads).hasValue(2);
    }
}
