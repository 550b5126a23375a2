package app.delight.nudge;

import app.delight.store.OutboxRepository;
import java.util.List;

/**
 * Some of a workspace's due clients, as a pass planned them: the messages to post for them (none
 * when their cards had nothing to say), before anything is written or posted.
 */
public record NudgeBatch(String teamId, List<OutboxRepository.Planned> clients, List<OutboxRepository.Entry> entries) {
    public NudgeBatch {
        clients = List.copyOf(clients);
        entries = List.copyOf(entries);
    }
}
