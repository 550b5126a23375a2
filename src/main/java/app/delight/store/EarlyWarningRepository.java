package app.delight.store;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/** The early warnings given, so each client's owners hear of one fall once. */
public final class EarlyWarningRepository {
    private final Handle handle;

    public EarlyWarningRepository(Handle handle) {
        this.handle = handle;
    }

    /**
     * Records a warning unless the client had one in the {@code withinDays} days up to {@code day}.
     *
     * @return true when this is news, and the owners should be told
     */
    public boolean recordIfNew(String teamId, long clientId, LocalDate day, int before, int after, int withinDays) {
        return handle.createUpdate("INSERT INTO early_warnings (team_id, client_id, warned_on, before, after) "
                        + "SELECT :team, :client, :day, :before, :after WHERE NOT EXISTS (SELECT 1 FROM early_warnings "
                        + "WHERE team_id = :team AND client_id = :client AND warned_on > :since) "
                        + "ON CONFLICT (team_id, client_id, warned_on) DO NOTHING")
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("day", day)
                .bind("before", before)
                .bind("after", after)
                .bind("since", day.minusDays(withinDays))
                .execute() == 1;
    }
}
