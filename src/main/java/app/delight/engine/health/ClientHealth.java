package app.delight.engine.health;

import app.delight.domain.Client;
import app.delight.domain.HealthColour;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One client's health on one day.
 *
 * @param score      0 to 100
 * @param colour     {@link HealthColour#of(int)} of the score
 * @param parts      the known parts only, each 0 to 100, in {@link Part} order; an unknown part is absent
 * @param trend      against the stored score of 30 days before
 * @param trendDelta score minus the stored score of 30 days before; null when none was stored
 * @param flags      facts beside the score, not inside it
 * @param nps        the client's own NPS over the last 180 days, −100 to 100; null when it gave no answer
 */
public record ClientHealth(
        Client client,
        LocalDate day,
        int score,
        HealthColour colour,
        Map<Part, Integer> parts,
        Trend trend,
        Integer trendDelta,
        Set<HealthFlag> flags,
        Integer nps) {

    public ClientHealth {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(day, "day");
        HealthModel.checkScore(score);
        if (colour != HealthColour.of(score)) {
            throw new IllegalArgumentException("a score of " + score + " is " + HealthColour.of(score) + ", not " + colour);
        }
        parts = HealthModel.partsCopy(parts);
        Objects.requireNonNull(trend, "trend");
        Set<HealthFlag> copy = EnumSet.noneOf(HealthFlag.class);
        copy.addAll(flags);
        flags = Collections.unmodifiableSet(copy);
    }

    /** The part's value, or null when it is unknown. */
    public Integer part(Part part) {
        return parts.get(part);
    }

    public boolean has(HealthFlag flag) {
        return flags.contains(flag);
    }

    /** What would be stored for this day: the score and its known parts. */
    public HealthSnapshot snapshot() {
        return new HealthSnapshot(day, score, parts);
    }
}
