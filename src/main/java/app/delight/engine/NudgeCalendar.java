package app.delight.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/**
 * When nudges go out: on workdays that are not holidays, from the team's nudge time until the end
 * of the working day, in each client's local time. A pass that comes late (the app was down at
 * nudge time) still sends the day's nudges until then, and never after. A nudge time in the
 * evening is kept too, but only on time: a late evening pass is the missed fire the working day's
 * end is there to stop.
 */
public record NudgeCalendar(LocalTime nudgeTime, Set<DayOfWeek> workdays, Set<LocalDate> holidays) {
    /** Nudges that arrive after this are read tomorrow, when they are stale: better not to send them. */
    private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(18, 0);
    /** Passes run every minute; one a few minutes behind, a busy scheduler or a restart, is still on time. */
    static final Duration ON_TIME = Duration.ofMinutes(10);

    public NudgeCalendar {
        workdays = Set.copyOf(workdays);
        holidays = Set.copyOf(holidays);
    }

    public boolean isNudgeDay(LocalDate day) {
        return workdays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** True when a client whose local time is {@code localNow} should get today's nudge now. */
    public boolean isDue(LocalDateTime localNow) {
        return isNudgeDay(localNow.toLocalDate()) && isSendingTime(localNow.toLocalTime());
    }

    /** From the nudge time until the end of the working day, or until a little after the nudge time if that is later. */
    public boolean isSendingTime(LocalTime time) {
        LocalTime onTimeUntil = nudgeTime.plus(ON_TIME);
        boolean wrapsPastMidnight = onTimeUntil.isBefore(nudgeTime);
        return !time.isBefore(nudgeTime)
                && (time.isBefore(END_OF_WORKING_DAY) || wrapsPastMidnight || time.isBefore(onTimeUntil));
    }
}
