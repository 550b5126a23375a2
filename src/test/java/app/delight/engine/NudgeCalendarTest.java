package app.delight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NudgeCalendarTest {
    private static final NudgeCalendar CALENDAR = new NudgeCalendar(LocalTime.of(9, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.of(2026, 12, 25)));

    @Test
    void aWorkdayMorningAtNudgeTimeIsDue() {
        assertThat(CALENDAR.isDue(LocalDateTime.of(2026, 11, 23, 9, 0))).isTrue();
        assertThat(CALENDAR.isDue(LocalDateTime.of(2026, 11, 23, 8, 59))).isFalse();
    }

    @Test
    void anHourLateIsStillDueButNotAfterSixInTheEvening() {
        assertThat(CALENDAR.isDue(LocalDateTime.of(2026, 11, 23, 10, 0))).isTrue();
        assertThat(CALENDAR.isDue(LocalDateTime.of(2026, 11, 23, 17, 59))).isTrue();
        assertThat(CALENDAR.isDue(LocalDateTime.of(2026, 11, 23, 18, 0))).isFalse();
    }

    @Test
    void anEveningNudgeTimeIsDueOnTimeButNotWhenTheAppCameBackLate() {
        NudgeCalendar evening = new NudgeCalendar(LocalTime.of(19, 0), EnumSet.of(DayOfWeek.MONDAY), Set.of());

        assertThat(evening.isDue(LocalDateTime.of(2026, 11, 23, 18, 59))).isFalse();
        assertThat(evening.isDue(LocalDateTime.of(2026, 11, 23, 19, 0))).isTrue();
        assertThat(evening.isDue(LocalDateTime.of(2026, 11, 23, 19, 9))).isTrue();
        assertThat(evening.isDue(LocalDateTime.of(2026, 11, 23, 19, 10))).isFalse();
    }

    @Test
    void aNudgeTimeJustBeforeMidnightIsDueUntilMidnight() {
        NudgeCalendar late = new NudgeCalendar(LocalTime.of(23, 55), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), Set.of());

        assertThat(late.isDue(LocalDateTime.of(2026, 11, 23, 23, 54))).isFalse();
        assertThat(late.isDue(LocalDateTime.of(2026, 11, 23, 23, 59))).isTrue();
        assertThat(late.isDue(LocalDateTime.of(2026, 11, 24, 0, 1))).isFalse();
    }

    @Test
    void saturdaysAndHolidaysAreNeverDue() {
        assertThat(CALENDAR.isDue(LocalDateTime.of(2026, 11, 28, 10, 0))).isFalse();
        assertThat(CALENDAR.isDue(LocalDateTime.of(2026, 12, 25, 10, 0))).isFalse();
    }

    @Test
    void aParisClientIsDueAtNineLocalTimeOnBothSidesOfTheDaylightSavingChange() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        // Summer time ends on Sunday 2026-10-25: 09:00 in Paris is 07:00 UTC before, 08:00 UTC after.
        ZonedDateTime fridayBefore = ZonedDateTime.of(2026, 10, 23, 7, 0, 0, 0, ZoneId.of("UTC"));
        ZonedDateTime mondayAfter = ZonedDateTime.of(2026, 10, 26, 8, 0, 0, 0, ZoneId.of("UTC"));

        assertThat(CALENDAR.isDue(fridayBefore.withZoneSameInstant(paris).toLocalDateTime())).isTrue();
        assertThat(CALENDAR.isDue(fridayBefore.minusMinutes(1).withZoneSameInstant(paris).toLocalDateTime())).isFalse();
        assertThat(CALENDAR.isDue(mondayAfter.withZoneSameInstant(paris).toLocalDateTime())).isTrue();
        assertThat(CALENDAR.isDue(mondayAfter.minusMinutes(1).withZoneSameInstant(paris).toLocalDateTime())).isFalse();
    }
}
