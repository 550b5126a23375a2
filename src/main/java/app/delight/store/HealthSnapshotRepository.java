package app.delight.store;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Stored health scores, one per client and day. */
public final class HealthSnapshotRepository {
    private final Handle handle;

    public HealthSnapshotRepository(Handle handle) {
        this.handle = handle;
    }

    /** The client's most recent score, if one was ever stored. */
    public Optional<Integer> latestScore(String teamId, long clientId) {
        return handle.createQuery("SELECT score FROM health_snapshots WHERE team_id = :team AND client_id = :client "
                        + "ORDER BY taken_on DESC LIMIT 1")
                .bind("team", teamId)
                .bind("client", clientId)
                .mapTo(Integer.class)
                .findOne();
    }
}
