package app.delight.engine;

import java.time.LocalDate;
import java.util.Map;

/**
 * What one recipient (a channel, or a person by DM) was shown of one client's prompts lately: the last day each
 * prompt was in a message to it, and the day and health score of the last digest it got. Days not shown are absent;
 * {@code lastDigest} and {@code lastScore} are null when it got none, or none with a score.
 */
public record Shown(Map<String, LocalDate> lastShown, LocalDate lastDigest, Integer lastScore) {
    public static final Shown NOTHING = new Shown(Map.of(), null, null);

    public Shown {
        lastShown = Map.copyOf(lastShown);
    }
}
