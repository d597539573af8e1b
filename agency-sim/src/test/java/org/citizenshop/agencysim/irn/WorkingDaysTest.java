package org.citizenshop.agencysim.irn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "{0} + 5 working days = {1}")
    @CsvSource({
        "2026-11-27, 2026-12-04", // Friday
        "2026-11-28, 2026-12-04", // Saturday
        "2026-11-29, 2026-12-04", // Sunday
        "2026-12-02, 2026-12-09", // Wednesday
        "2026-12-30, 2027-01-06", // across the year
    })
    void fiveWorkingDays_skipWeekends(LocalDate start, LocalDate expected) {
        assertThat(WorkingDays.after(start, 5)).isEqualTo(expected);
    }
}
