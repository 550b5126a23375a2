package app.delight.playbook;

import app.delight.domain.Stage;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the engine knows about agency work: the rules, tips and ideas, and the team's health model. */
public record Playbook(
        HealthWeights weights,
        Targets targets,
        Map<Stage, Integer> cadenceDays,
        Set<String> industries,
        List<Anticipation> anticipations,
        List<Tip> tips,
        List<Surprise> surprises) {

    /** The industry that matches every client. */
    public static final String GENERAL = "general";

    public Playbook {
        cadenceDays = Map.copyOf(cadenceDays);
        industries = Set.copyOf(industries);
        anticipations = List.copyOf(anticipations);
        tips = List.copyOf(tips);
        surprises = List.copyOf(surprises);
    }

    /** Days without contact after which a client in {@code stage} counts as quiet. */
    public int cadenceDays(Stage stage) {
        return cadenceDays.get(stage);
    }
}
