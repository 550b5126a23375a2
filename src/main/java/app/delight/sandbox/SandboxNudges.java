package app.delight.sandbox;

import app.delight.engine.NudgeCalendar;
import app.delight.nudge.NudgePass;
import app.delight.store.NudgePassRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The page's "Run today's nudges": today's pass for every client whatever the time of day (as {@code
 * nudge --date today} runs it), told in a line. The outbox still guarantees a digest goes out once a
 * day, so a second click says so rather than posting again.
 */
public final class SandboxNudges {
    private SandboxNudges() {
    }

    /** What {@link SandboxServlet} takes: runs the pass for today in the team's time zone and says what it did. */
    public static Supplier<String> runner(NudgePass pass, NudgeCalendar calendar, Clock clock, ZoneId teamZone) {
        return () -> {
            LocalDate today = LocalDate.now(clock.withZone(teamZone));
            if (!calendar.isNudgeDay(today)) {
                return summary(today, false, null);
            }
            return summary(today, true, pass.run(Optional.of(today)));
        };
    }

    static String summary(LocalDate today, boolean nudgeDay, NudgePassRepository.Pass pass) {
        String day = today.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + today;
        if (!nudgeDay) {
            return "No nudges today: " + day + " is not a nudge day (DELIGHT_WORKDAYS, DELIGHT_HOLIDAYS).";
        }
        if (pass.sent() == 0 && pass.failed() == 0) {
            return pass.clients() == 0
                    ? "Today's nudges (" + day + ") were already sent: each client gets one digest a day."
                    : "Today's nudge pass (" + day + ") found nothing to send for " + plural(pass.clients(), "client") + ".";
        }
        return "Today's nudge pass (" + day + "): " + plural(pass.sent(), "digest") + " sent"
                + (pass.failed() > 0 ? ", " + pass.failed() + " failed" : "") + ".";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
