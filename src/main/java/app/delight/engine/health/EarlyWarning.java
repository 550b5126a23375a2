package app.delight.engine.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A score that fell {@value #DROP} points or more within 7 days: from {@code before} on {@code since} to
 * {@code after} today, with the parts that moved, biggest fall first.
 */
public record EarlyWarning(LocalDate since, int before, int after, List<PartChange> moved) {
    /** The fall, in points, that raises a warning. */
    public static final int DROP = 15;
    /** How many days back a fall is looked for. */
    public static final int WITHIN_DAYS = 7;

    public EarlyWarning {
        Objects.requireNonNull(since, "since");
        moved = List.copyOf(moved);
    }

    /** Points lost, {@code before − after}. */
    public int drop() {
        return before - after;
    }
}
