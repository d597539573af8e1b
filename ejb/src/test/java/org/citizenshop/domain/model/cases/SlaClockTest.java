package org.citizenshop.domain.model.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.citizenshop.domain.model.catalogue.ServiceTerms;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final Instant FRIDAY_MORNING = Instant.parse("2026-11-27T09:15:00Z");

    private static ServiceTerms sla(int amount, ServiceTerms.SlaUnit unit) {
        return new ServiceTerms(ServiceTerms.IdentificationLevel.AUTHENTICATED, amount, unit, "", "desk");
    }

    @Test
    void workingDays_skipTheWeekend() {
        assertThat(SlaClock.deadline(sla(1, ServiceTerms.SlaUnit.WORKING_DAYS), FRIDAY_MORNING))
                .isEqualTo(Instant.parse("2026-11-30T23:59:59Z"));
        assertThat(SlaClock.workingDaysAfter(LocalDate.of(2026, 11, 28), 0)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void sameDay_isTheEndOfThatWorkingDay_inLisbon() {
        assertThat(SlaClock.deadline(sla(0, ServiceTerms.SlaUnit.WORKING_DAYS), FRIDAY_MORNING))
                .isEqualTo(Instant.parse("2026-11-27T23:59:59Z"));
    }

    @Test
    void immediate_hoursAndCalendarDays() {
        assertThat(SlaClock.deadline(sla(0, ServiceTerms.SlaUnit.IMMEDIATE), FRIDAY_MORNING))
                .isEqualTo(FRIDAY_MORNING.plusSeconds(15 * 60));
        assertThat(SlaClock.deadline(sla(1, ServiceTerms.SlaUnit.HOURS), FRIDAY_MORNING))
                .isEqualTo(FRIDAY_MORNING.plusSeconds(3600));
        assertThat(SlaClock.deadline(sla(30, ServiceTerms.SlaUnit.CALENDAR_DAYS), FRIDAY_MORNING))
                .isEqualTo(Instant.parse("2026-12-27T23:59:59Z"));
    }
}
