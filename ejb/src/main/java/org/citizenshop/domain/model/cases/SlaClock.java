package org.citizenshop.domain.model.cases;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.citizenshop.domain.model.catalogue.ServiceTerms;

/**
 * A task's SLA clock: when the agency must have answered, counted from the moment the task went
 * to it, in the agencies' time zone. "Immediate" allows a quarter of an hour; "0 working days" is
 * the end of that working day; working days skip Saturdays and Sundays. A task is "due soon" in the
 * last fifth of its time.
 */
public final class SlaClock {

    public static final ZoneId AGENCIES_ZONE = ZoneId.of("Europe/Lisbon");
    static final Duration IMMEDIATE = Duration.ofMinutes(15);

    /** Where a task stands against its deadline. */
    public enum Standing {
        ON_TIME,
        DUE_SOON,
        OVERDUE
    }

    private SlaClock() {}

    public static Instant deadline(ServiceTerms terms, Instant start) {
        ZonedDateTime from = start.atZone(AGENCIES_ZONE);
        return switch (terms.slaUnit()) {
            case IMMEDIATE -> start.plus(IMMEDIATE);
            case HOURS -> start.plus(Duration.ofHours(terms.slaAmount()));
            case CALENDAR_DAYS -> endOfDay(from.toLocalDate().plusDays(terms.slaAmount()));
            case WORKING_DAYS -> endOfDay(workingDaysAfter(from.toLocalDate(), terms.slaAmount()));
        };
    }

    /** How the task stands at {@code now}; a finished task is judged by when it finished. */
    public static Standing standing(Instant start, Instant due, Instant now) {
        if (now.isAfter(due)) {
            return Standing.OVERDUE;
        }
        Duration whole = Duration.between(start, due);
        Duration left = Duration.between(now, due);
        return left.multipliedBy(5).compareTo(whole) <= 0 ? Standing.DUE_SOON : Standing.ON_TIME;
    }

    static LocalDate workingDaysAfter(LocalDate day, int days) {
        LocalDate date = day;
        while (!working(date)) {
            date = date.plusDays(1);
        }
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (working(date)) {
                left--;
            }
        }
        return date;
    }

    private static boolean working(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Instant endOfDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay(AGENCIES_ZONE).toInstant().minusSeconds(1);
    }
}
