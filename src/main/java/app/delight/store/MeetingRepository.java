package app.delight.store;

import app.delight.domain.Touchpoint;
import app.delight.signals.ClientMeeting;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Meetings with clients' people read from calendars, and the touchpoints they become once they
 * have taken place. Every statement is scoped to the team.
 */
public final class MeetingRepository {
    /** Who a meeting's touchpoint is by: the calendar, not a member of the team. */
    public static final String CALENDAR_AUTHOR = "calendar";
    private static final int MAX_TITLE = 300;
    /**
     * The client's meetings not cancelled that end after {@code :after} and start before {@code :before},
     * soonest first: read with the rest of the card ({@link HistoryRepository#cardFacts}).
     */
    static final String UPCOMING = "SELECT id, client_id, title, starts_at, ends_at FROM meetings WHERE team_id = :team "
            + "AND client_id = :client AND NOT cancelled AND ends_at > :after AND starts_at < :before ORDER BY starts_at, id";

    private final Handle handle;

    public MeetingRepository(Handle handle) {
        this.handle = handle;
    }

    /** What a calendar changed: meetings seen for the first time, changed (moved, retitled, cancelled), and gone from it. */
    public record Saved(int added, int changed, int gone) {
    }

    /**
     * Adds the meetings not seen before and updates those that changed. With {@code whole} (the
     * calendar was read whole, as from its address), a meeting still to come that {@code source}
     * listed before and no longer does is cancelled: it was deleted rather than cancelled.
     */
    public Saved save(String teamId, String source, List<ClientMeeting> meetings, boolean whole, Instant now) {
        int added = 0;
        int changed = 0;
        if (!meetings.isEmpty()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO meetings (team_id, client_id, event_key, title, starts_at, ends_at, "
                    + "cancelled, source) VALUES (:team, :client, :key, :title, :start, :end, :cancelled, :source) "
                    + "ON CONFLICT (team_id, client_id, event_key) DO UPDATE SET title = EXCLUDED.title, "
                    + "starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, cancelled = EXCLUDED.cancelled, "
                    + "source = EXCLUDED.source "
                    + "WHERE (meetings.title, meetings.starts_at, meetings.ends_at, meetings.cancelled) "
                    + "IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.starts_at, EXCLUDED.ends_at, EXCLUDED.cancelled) "
                    + "RETURNING (xmax = 0) AS added");
            for (ClientMeeting meeting : meetings) {
                batch.bind("team", teamId)
                        .bind("client", meeting.clientId())
                        .bind("key", meeting.key())
                        .bind("title", title(meeting.title()))
                        .bind("start", meeting.start())
                        .bind("end", meeting.end())
                        .bind("cancelled", meeting.cancelled())
                        .bind("source", source)
                        .add();
            }
            for (boolean isNew : batch.executePreparedBatch("added").mapTo(Boolean.class).list()) {
                if (isNew) {
                    added++;
                } else {
                    changed++;
                }
            }
        }
        int gone = whole ? handle.createUpdate("UPDATE meetings SET cancelled = true WHERE team_id = :team AND source = :source "
                        + "AND NOT cancelled AND touchpoint_id IS NULL AND starts_at > :now "
                        + "AND NOT (client_id || '/' || event_key = ANY(:seen))")
                .bind("team", teamId)
                .bind("source", source)
                .bind("now", now)
                .bind("seen", meetings.stream().map(meeting -> meeting.clientId() + "/" + meeting.key()).toArray(String[]::new))
                .execute() : 0;
        return new Saved(added, changed, gone);
    }

    /**
     * Each meeting of the team that has taken place by {@code now}, is not cancelled and was not
     * recorded yet becomes a touchpoint of kind {@code meeting} at its start, once: a meeting being
     * recorded by another transaction is left to it.
     *
     * @return how many touchpoints were recorded
     */
    public int recordTakenPlace(String teamId, Instant now) {
        record Due(long id, long clientId, String title, Instant start) {
        }
        List<Due> due = handle.createQuery("SELECT id, client_id, title, starts_at FROM meetings WHERE team_id = :team "
                        + "AND touchpoint_id IS NULL AND NOT cancelled AND ends_at <= :now ORDER BY starts_at, id "
                        + "FOR UPDATE SKIP LOCKED")
                .bind("team", teamId)
                .bind("now", now)
                .map(row -> new Due(row.getColumn("id", Long.class), row.getColumn("client_id", Long.class),
                        row.getColumn("title", String.class), row.getColumn("starts_at", Instant.class)))
                .list();
        HistoryRepository history = new HistoryRepository(handle);
        for (Due meeting : due) {
            Touchpoint touchpoint = history.addTouchpoint(teamId, meeting.clientId(), CALENDAR_AUTHOR, meeting.title(), meeting.start(),
                    Touchpoint.Kind.MEETING);
            handle.createUpdate("UPDATE meetings SET touchpoint_id = :touchpoint WHERE team_id = :team AND id = :id")
                    .bind("touchpoint", touchpoint.id())
                    .bind("team", teamId)
                    .bind("id", meeting.id())
                    .execute();
        }
        return due.size();
    }

    /** The teams with meetings still to become touchpoints by {@code now}. */
    public List<String> teamsWithMeetingsToRecord(Instant now) {
        return handle.createQuery("SELECT DISTINCT team_id FROM meetings WHERE touchpoint_id IS NULL AND NOT cancelled "
                        + "AND ends_at <= :now ORDER BY team_id")
                .bind("now", now)
                .mapTo(String.class)
                .list();
    }

    /** A calendar's title as a touchpoint's text: never empty, at most {@value #MAX_TITLE} characters. */
    private static String title(String title) {
        String stripped = title.strip().replaceAll("\\s+", " ");
        String text = stripped.isEmpty() ? "Meeting" : stripped;
        return text.length() <= MAX_TITLE ? text : text.substring(0, MAX_TITLE - 1) + "…";
    }
}
