package app.delight.engine.health;

import app.delight.playbook.HealthWeights;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** One part of a client's health score, each scored 0 to 100. See {@link HealthModel} for how each is scored. */
public enum Part {
    NPS("nps"),
    RECENCY("recency"),
    FOLLOW_UPS("followups"),
    ENGAGEMENT("engagement"),
    STRUGGLES("struggles"),
    INCIDENTS("incidents");

    private final String key;

    Part(String key) {
        this.key = key;
    }

    /** The part's name in the playbook's {@code health.weights} and in stored snapshots: {@code nps}, {@code followups} … */
    public String key() {
        return key;
    }

    public static Optional<Part> fromKey(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(part -> part.key.equals(wanted)).findFirst();
    }

    /** This part's weight in the playbook's weights. */
    public double weightIn(HealthWeights weights) {
        return switch (this) {
            case NPS -> weights.nps();
            case RECENCY -> weights.recency();
            case FOLLOW_UPS -> weights.followUps();
            case ENGAGEMENT -> weights.engagement();
            case STRUGGLES -> weights.struggles();
            case INCIDENTS -> weights.incidents();
        };
    }
}
