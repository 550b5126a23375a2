package app.delight.engine.health;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A stored health score with its known parts, as kept for one client and day: what an early warning
 * compares today's health with.
 */
public record HealthSnapshot(LocalDate day, int score, Map<Part, Integer> parts) {
    public HealthSnapshot {
        Objects.requireNonNull(day, "day");
        HealthModel.checkScore(score);
        parts = HealthModel.partsCopy(parts);
    }

    public DailyScore dailyScore() {
        return new DailyScore(day, score);
    }
}
