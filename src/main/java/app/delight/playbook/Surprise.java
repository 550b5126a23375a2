package app.delight.playbook;

import java.util.Set;

/**
 * A cheap, personal gesture that makes a client remember the team. {@code occasions} are the moments it is made
 * for (empty: any day); {@code regions} where it applies (empty: everywhere).
 */
public record Surprise(String key, String text, String why, Set<Occasion> occasions, Set<String> regions) {
    public Surprise {
        occasions = Set.copyOf(occasions);
        regions = Set.copyOf(regions);
    }
}
