package app.delight.nudge;

import app.delight.store.OutboxRepository;
import java.util.List;

/** Messages a pass decided to post for some of a workspace's clients, before anything is written or posted. */
public record NudgePlan(String teamId, List<OutboxRepository.Entry> entries) {
    public NudgePlan {
        entries = List.copyOf(entries);
    }
}
