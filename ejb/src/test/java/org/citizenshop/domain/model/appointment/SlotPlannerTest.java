package org.citizenshop.domain.model.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.citizenshop.domain.model.shop.OpeningHours;
import org.junit.jupiter.api.Test;

class SlotPlannerTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final Instant LONG_BEFORE = Instant.parse("2026-11-01T00:00:00Z");

    private static OpeningHours monday(String opens, String closes) {
        return new OpeningHours(DayOfWeek.MONDAY, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    private static Instant at(String time) {
        return MONDAY.atTime(LocalTime.parse(time)).atZone(LISBON).toInstant();
    }

    private static List<LocalTime> starts(List<Slot> slots) {
        return slots.stream()
                .map(slot -> slot.start().atZone(LISBON).toLocalTime())
                .toList();
    }

    @Test
    void aDesksHoursAreCutInStepsOfTheServicesDuration_andAShortRemainderIsNoSlot() {
        List<Slot> slots = SlotPlanner.freeSlots(
                MONDAY,
                LISBON,
                Duration.ofMinutes(20),
                List.of(new SlotPlanner.DeskTime(1, List.of(monday("09:00", "10:10")))),
                List.of(),
                LONG_BEFORE);

        assertThat(starts(slots)).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 20), LocalTime.of(9, 40));
        assertThat(slots.get(0).end()).isEqualTo(at("09:20"));
    }

    @Test
    void aLunchBreakMakesTwoStretches_andAnotherWeekdayGivesNothing() {
        SlotPlanner.DeskTime desk = new SlotPlanner.DeskTime(
                1,
                List.of(
                        monday("09:00", "10:00"),
                        monday("14:00", "15:00"),
                        new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(18, 0))));

        List<Slot> slots =
                SlotPlanner.freeSlots(MONDAY, LISBON, Duration.ofMinutes(30), List.of(desk), List.of(), LONG_BEFORE);

        assertThat(starts(slots))
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(14, 0), LocalTime.of(14, 30));
        assertThat(SlotPlanner.freeSlots(
                        MONDAY.plusDays(5), LISBON, Duration.ofMinutes(30), List.of(desk), List.of(), LONG_BEFORE))
                .isEmpty();
    }

    @Test
    void aSlotStaysFreeWhileOneDeskIsFree_andNamesTheDesksInTheirOrder() {
        List<SlotPlanner.DeskTime> desks = List.of(
                new SlotPlanner.DeskTime(7, List.of(monday("09:00", "10:00"))),
                new SlotPlanner.DeskTime(3, List.of(monday("09:00", "10:00"))));
        List<SlotPlanner.Held> held = List.of(
                new SlotPlanner.Held(7, at("09:00"), at("09:30")),
                new SlotPlanner.Held(7, at("09:30"), at("10:00")),
                new SlotPlanner.Held(3, at("09:30"), at("10:00")));

        List<Slot> slots = SlotPlanner.freeSlots(MONDAY, LISBON, Duration.ofMinutes(30), desks, held, LONG_BEFORE);

        assertThat(slots).singleElement().satisfies(slot -> {
            assertThat(slot.start()).isEqualTo(at("09:00"));
            assertThat(slot.desks()).containsExactly(3L);
        });
    }

    @Test
    void timeHeldByAnotherServicesLongerBooking_blocksEveryOverlappingSlot() {
        List<SlotPlanner.DeskTime> desk = List.of(new SlotPlanner.DeskTime(1, List.of(monday("09:00", "11:00"))));
        List<SlotPlanner.Held> companyRegistration = List.of(new SlotPlanner.Held(1, at("09:10"), at("10:10")));

        List<Slot> slots =
                SlotPlanner.freeSlots(MONDAY, LISBON, Duration.ofMinutes(20), desk, companyRegistration, LONG_BEFORE);

        assertThat(starts(slots)).containsExactly(LocalTime.of(10, 20), LocalTime.of(10, 40));
    }

    @Test
    void slotsThatHaveBegunAreNotOffered() {
        List<Slot> slots = SlotPlanner.freeSlots(
                MONDAY,
                LISBON,
                Duration.ofMinutes(30),
                List.of(new SlotPlanner.DeskTime(1, List.of(monday("09:00", "11:00")))),
                List.of(),
                at("09:30"));

        assertThat(starts(slots)).containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 30));
    }

    @Test
    void timesAreTheShopsLocalTime_evenInSummer() {
        LocalDate summerMonday = LocalDate.of(2026, 7, 6);
        List<Slot> slots = SlotPlanner.freeSlots(
                summerMonday,
                LISBON,
                Duration.ofMinutes(60),
                List.of(new SlotPlanner.DeskTime(1, List.of(monday("09:00", "10:00")))),
                List.of(),
                LONG_BEFORE.minus(Duration.ofDays(200)));

        assertThat(slots).singleElement().extracting(Slot::start).isEqualTo(Instant.parse("2026-07-06T08:00:00Z"));
    }
}
