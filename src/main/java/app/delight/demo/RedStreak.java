package app.delight.demo;

import app.delight.engine.health.HealthSnapshot;
import app.delight.engine.health.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Daily health snapshots of a client red for months: each part slides from where it stood
 * {@code days} ago to where it stands now, recency dipping between calls, so the score drifts from
 * 39 down to about 29 and never reaches 40. Scored with the built-in playbook's weights; engagement
 * is unknown (no reminders) and drops out, as the health model does.
 */
final class RedStreak {
    private static final Map<Part, Double> WEIGHTS = Map.of(Part.NPS, 0.30, Part.RECENCY, 0.25, Part.FOLLOW_UPS, 0.20,
            Part.STRUGGLES, 0.10, Part.INCIDENTS, 0.10);
    private static final Map<Part, Integer> THEN = Map.of(Part.NPS, 0, Part.RECENCY, 50, Part.FOLLOW_UPS, 40,
            Part.STRUGGLES, 90, Part.INCIDENTS, 60);
    private static final Map<Part, Integer> NOW = Map.of(Part.NPS, 0, Part.RECENCY, 43, Part.FOLLOW_UPS, 26,
            Part.STRUGGLES, 80, Part.INCIDENTS, 20);
    private static final int CALL_EVERY_DAYS = 10;

    private RedStreak() {
    }

    /** One snapshot a day from {@code days} days ago to yesterday, oldest first. */
    static List<HealthSnapshot> days(LocalDate today, int days) {
        List<HealthSnapshot> snapshots = new ArrayList<>();
        for (int ago = days; ago >= 1; ago--) {
            double progress = (double) (days - ago) / days;
            Map<Part, Integer> parts = new EnumMap<>(Part.class);
            for (Part part : THEN.keySet()) {
                parts.put(part, (int) Math.round(THEN.get(part) + (NOW.get(part) - THEN.get(part)) * progress));
            }
            parts.put(Part.RECENCY, Math.max(0, parts.get(Part.RECENCY) - ago % CALL_EVERY_DAYS));
            snapshots.add(new HealthSnapshot(today.minusDays(ago), score(parts), parts));
        }
        return snapshots;
    }

    private static int score(Map<Part, Integer> parts) {
        double weighted = 0;
        double total = 0;
        for (Map.Entry<Part, Integer> part : parts.entrySet()) {
            weighted += WEIGHTS.get(part.getKey()) * part.getValue();
            total += WEIGHTS.get(part.getKey());
        }
        return (int) Math.floor(weighted / total);
    }
}
