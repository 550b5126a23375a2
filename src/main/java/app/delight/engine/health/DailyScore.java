package app.delight.engine.health;

import java.time.LocalDate;
import java.util.Objects;

/** A stored daily health score of one client. */
public record DailyScore(LocalDate day, int score) {
    public DailyScore {
        Objects.requireNonNull(day, "day");
        HealthModel.checkScore(score);
    }
}
