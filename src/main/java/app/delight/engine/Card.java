package app.delight.engine;

import app.delight.domain.Client;
import app.delight.domain.HealthColour;
import java.time.LocalDate;
import java.util.List;

/**
 * The delight card of a client on a day: what the team sees with {@code /delight acme}.
 * {@code lastContact} is null when no touchpoint was ever logged; {@code healthScore} is null
 * until a health score has been computed for the client.
 */
public record Card(Client client, LocalDate today, LocalDate lastContact, Integer healthScore, List<Prompt> prompts,
        int openFollowUps) {
    /** The card shows at most this many prompts: a short list gets done, a long one gets skimmed. */
    public static final int MAX_PROMPTS = 5;

    public Card {
        prompts = List.copyOf(prompts.subList(0, Math.min(MAX_PROMPTS, prompts.size())));
    }

    public HealthColour healthColour() {
        return healthScore == null ? null : HealthColour.of(healthScore);
    }
}
