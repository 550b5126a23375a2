package app.delight.playbook;

import app.delight.domain.Stage;
import java.util.Set;

/**
 * A need the client will have, to act on before it shows up: due from its trigger's date for
 * {@code windowDays} days, for clients in {@code stages} and {@code industries}
 * ({@code general} in industries means any).
 */
public record Anticipation(String key, Trigger trigger, int windowDays, Set<Stage> stages, Set<String> industries,
        String text, String why) {
    public Anticipation {
        stages = Set.copyOf(stages);
        industries = Set.copyOf(industries);
    }
}
