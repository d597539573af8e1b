package org.citizenshop.agencysim.irn;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counts working days as Monday to Friday; public holidays are ignored because the SLA is a demo figure. */
final class WorkingDays {

    private WorkingDays() {}

    static LocalDate after(LocalDate start, int workingDays) {
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return date;
    }
}
