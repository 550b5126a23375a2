package app.delight.playbook;

import app.delight.domain.Client;
import app.delight.domain.PromptKind;
import app.delight.domain.Stage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine knows about agency work: the rules, tips and ideas, and the team's health model.
 *
 * <p>{@code country} is the team's (ISO 3166 alpha-2), the country of every client that names none; null when
 * the playbook names none. {@code regions} names groups of countries ({@code eu}) that entries may be tagged
 * with beside country codes. {@code quietPeriods} says, per kind of prompt, how long one shown in a digest and
 * not acted on stays out of the next digests.
 */
public record Playbook(
        HealthWeights weights,
        Targets targets,
        Map<Stage, Integer> cadenceDays,
        Map<PromptKind, QuietPeriod> quietPeriods,
        String country,
        Map<String, Set<String>> regions,
        Set<String> industries,
        List<Anticipation> anticipations,
        List<Tip> tips,
        List<Surprise> surprises) {

    /** The industry that matches every client. */
    public static final String GENERAL = "general";

    public Playbook {
        cadenceDays = Map.copyOf(cadenceDays);
        quietPeriods = Map.copyOf(quietPeriods);
        regions = Map.copyOf(regions);
        industries = Set.copyOf(industries);
        anticipations = List.copyOf(anticipations);
        tips = List.copyOf(tips);
        surprises = List.copyOf(surprises);
    }

    /** Days without contact after which a client in {@code stage} counts as quiet. */
    public int cadenceDays(Stage stage) {
        return cadenceDays.get(stage);
    }

    /** The quiet period of a kind of prompt; none for a kind the playbook does not quiet. */
    public Optional<QuietPeriod> quietPeriod(PromptKind kind) {
        return Optional.ofNullable(quietPeriods.get(kind));
    }

    /** The client's own country, else the team's; null when neither is known. */
    public String countryOf(Client client) {
        return client.country() != null ? client.country() : country;
    }

    /**
     * Whether an entry tagged with {@code tags} (country codes and region names) applies in {@code country}: an
     * untagged entry applies everywhere, a tagged one only in a country it names, itself or by a region, so a
     * client whose country is unknown gets no regional entry.
     */
    public boolean appliesIn(Set<String> tags, String country) {
        if (tags.isEmpty()) {
            return true;
        }
        if (country == null) {
            return false;
        }
        return tags.stream().anyMatch(tag -> tag.equals(country) || regions.getOrDefault(tag, Set.of()).contains(country));
    }
}
