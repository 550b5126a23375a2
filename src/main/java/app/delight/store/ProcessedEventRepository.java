package app.delight.store;

import org.jdbi.v3.core.Handle;

/** The Slack events already handled, so a retried delivery of one is handled once. */
public final class ProcessedEventRepository {
    private final Handle handle;

    public ProcessedEventRepository(Handle handle) {
        this.handle = handle;
    }

    /** @return true the first time an event is seen, false for every retry of it */
    public boolean firstTime(String teamId, String eventId) {
        return handle.createUpdate("INSERT INTO processed_events (team_id, event_id) VALUES (:team, :event) ON CONFLICT DO NOTHING")
                .bind("team", teamId)
                .bind("event", eventId)
                .execute() == 1;
    }

    /** Slack retries within minutes; a day of history is plenty. */
    public int forgetOlderThanADay() {
        return handle.createUpdate("DELETE FROM processed_events WHERE received_at < now() - interval '1 day'").execute();
    }
}
