package app.delight.nudge;

import app.delight.store.OutboxRepository;
import java.util.List;
import java.util.Map;

/** What a pass decided to post, by workspace, before anything is written or posted. */
public record NudgePlan(Map<String, List<OutboxRepository.Entry>> entriesByTeam, int clientsConsidered) {
    public NudgePlan {
        entriesByTeam = Map.copyOf(entriesByTeam);
    }

    public int messages() {
        return entriesByTeam.values().stream().mapToInt(List::size).sum();
    }
}
