package app.delight.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Facts about every client of a team at once, each in one query, so the portfolio stays fast at 10,000 clients. */
public final class PortfolioRepository {
    private final Handle handle;

    public PortfolioRepository(Handle handle) {
        this.handle = handle;
    }

    /** How many reminders a client's team acted on, and ignored, over a period. */
    public record Engagement(int actedOn, int ignored) {
        public static final Engagement NONE = new Engagement(0, 0);
    }

    public Map<Long, LocalDate> stageChangedOn(String teamId) {
        return handle.createQuery("SELECT id, stage_changed_on FROM clients WHERE team_id = :team")
                .bind("team", teamId)
                .reduceRows(new HashMap<Long, LocalDate>(), (map, row) -> {
                    map.put(row.getColumn("id", Long.class), row.getColumn("stage_changed_on", LocalDate.class));
                    return map;
                });
    }

    /**
     * Acted on: prompts the team answered since {@code since}. Ignored: prompts delivered in a sent
     * digest since then that nobody ever answered.
     */
    public Map<Long, Engagement> engagementSince(String teamId, Instant since) {
        return engagement(teamId, null, since);
    }

    /** {@link #engagementSince(String, Instant)} for one client: {@link Engagement#NONE} when nothing was delivered or answered. */
    public Engagement engagementSince(String teamId, long clientId, Instant since) {
        return engagement(teamId, clientId, since).getOrDefault(clientId, Engagement.NONE);
    }

    private Map<Long, Engagement> engagement(String teamId, Long clientIdOrNull, Instant since) {
        String ofClient = clientIdOrNull == null ? "" : " AND client_id = :client";
        Map<Long, Engagement> engagement = new HashMap<>();
        query("SELECT client_id, count(DISTINCT prompt_key) AS n FROM prompt_responses "
                        + "WHERE team_id = :team AND responded_at >= :since" + ofClient + " GROUP BY client_id", teamId, clientIdOrNull, since)
                .reduceRows(engagement, (map, row) -> {
                    map.put(row.getColumn("client_id", Long.class), new Engagement(row.getColumn("n", Integer.class), 0));
                    return map;
                });
        // prompt_deliveries is kept by triggers (V4): each prompt once, not once per digest, answered or not.
        query("SELECT client_id, count(*) AS n FROM prompt_deliveries "
                        + "WHERE team_id = :team AND last_sent_at >= :since AND NOT answered" + ofClient + " GROUP BY client_id", teamId,
                        clientIdOrNull, since)
                .reduceRows(engagement, (map, row) -> {
                    long client = row.getColumn("client_id", Long.class);
                    map.put(client, new Engagement(map.getOrDefault(client, Engagement.NONE).actedOn(), row.getColumn("n", Integer.class)));
                    return map;
                });
        return engagement;
    }

    private Query query(String sql, String teamId, Long clientIdOrNull, Instant since) {
        Query query = handle.createQuery(sql).bind("team", teamId).bind("since", since);
        return clientIdOrNull == null ? query : query.bind("client", clientIdOrNull.longValue());
    }
}
