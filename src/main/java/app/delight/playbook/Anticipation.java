package app.delight.playbook;

import app.delight.domain.Stage;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A need the client will have, to act on before it shows up: due from its trigger's date for
 * {@code windowDays} days, for clients in {@code stages} and {@code industries}
 * ({@code general} in industries means any) and in {@code regions} (empty: everywhere). Its {@code mood}
 * says whom it suits: a celebration is never offered to an unhappy client, a repair only to one.
 */
public record Anticipation(String key, Trigger trigger, int windowDays, Set<Stage> stages, Set<String> industries,
        String text, String why, Set<String> regions, Mood mood) {

    public enum Mood {
        ANY, CELEBRATION, REPAIR;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Mood> fromCode(String code) {
            return Arrays.stream(values()).filter(mood -> mood != ANY && mood.code().equals(code)).findFirst();
        }
    }

    public Anticipation {
        stages = Set.copyOf(stages);
        industries = Set.copyOf(industries);
        regions = Set.copyOf(regions);
    }
}
