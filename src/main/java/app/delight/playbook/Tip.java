package app.delight.playbook;

import app.delight.domain.Stage;
import java.util.Set;

/**
 * Something the agency knows and the client likely doesn't; an empty {@code stages} means any stage, an empty
 * {@code regions} everywhere.
 */
public record Tip(String key, Set<String> industries, Set<Stage> stages, String text, String why, Set<String> regions) {
    public Tip {
        industries = Set.copyOf(industries);
        stages = Set.copyOf(stages);
        regions = Set.copyOf(regions);
    }
}
