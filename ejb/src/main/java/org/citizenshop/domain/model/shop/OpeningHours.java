package org.citizenshop.domain.model.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One stretch of a desk's working week: a weekday, from a time to a time (a lunch break makes two). */
@Embeddable
public class OpeningHours {

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(nullable = false)
    private LocalTime opens;

    @Column(nullable = false)
    private LocalTime closes;

    protected OpeningHours() {}

    public OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("a desk closes after it opens");
        }
        this.dayOfWeek = day.getValue();
        this.opens = Objects.requireNonNull(opens);
        this.closes = Objects.requireNonNull(closes);
    }

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningHours hours
                && hours.dayOfWeek == dayOfWeek
                && hours.opens.equals(opens)
                && hours.closes.equals(closes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, opens, closes);
    }
}
