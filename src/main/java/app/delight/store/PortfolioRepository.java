package app.delight.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Facts about every client of a team at once, each in one query, so the portfolio stays fast at 10,000 clients. */
public final class PortfolioRepository {
    /** Prompts the team answered since {@code :engagementSince}: the "acted on" of engagement. */
    static final String ACTED_ON = "SELECT client_id, count(DISTINCT prompt_key) AS n FROM prompt_responses "
            + "WHERE team_id = :team AND responded_at >= :engagementSince";
    /** Prompts delivered since {@code :engagementSince} that nobody ever answered, each once (V4 keeps the table). */
    static final String IGNORED = "SELECT client_id, count(*) AS n FROM prompt_deliveries "
            + "WHERE team_id = :team AND last_sent_at >= :engagementSince AND NOT answered";
    static final String OF_CLIENT = " AND client_id = :client";
    static final String BY_CLIENT = " GROUP BY client_id";

    private final Handle handle;

    public PortfolioRepository(Handle handle) {
        this.handle = handle;
    }

    /** How many reminders a client's team acted on, and ignored, over a period. */
    public record Engagement(int actedOn, int ignored) {
        public static final Engagement NONE = new Engagement(0, 0);
    }

    /** Each client's {@link ClientRepository#IN_STAGE_SINCE}. */
    public Map<Long, LocalDate> inStageSince(String teamId) {
        return handle.createQuery("SELECT id, " + ClientRepository.IN_STAGE_SINCE + " AS since FROM clients WHERE team_id = :team")
                .bind("team", teamId)
                .reduceRows(new HashMap<Long, LocalDate>(), (map, row) -> {
                    map.put(row.getColumn("id", Long.class), row.getColumn("since", LocalDate.class));
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
        String ofClient = clientIdOrNull == null ? "" : OF_CLIENT;
        Map<Long, Engagement> engagement = new HashMap<>();
        query(ACTED_ON + ofClient + BY_CLIENT, teamId, clientIdOrNull, since)
                .reduceRows(engagement, (map, row) -> {
                    map.put(row.getColumn("client_id", Long.class), new Engagement(row.getColumn("n", Integer.class), 0));
                    return map;
                });
        query(IGNORED + ofClient + BY_CLIENT, teamId, clientIdOrNull, since)
                .reduceRows(engagement, (map, row) -> {
                    long client = row.getColumn("client_id", Long.class);
                    map.put(client, new Engagement(map.getOrDefault(client, Engagement.NONE).actedOn(), row.getColumn("n", Integer.class)));
                    return map;
                });
        return engagement;
    }

    private Query query(String sql, String teamId, Long clientIdOrNull, Instant since) {
        Query query = handle.createQuery(sql).bind("team", teamId).bind("engagementSince", since);
        return clientIdOrNull == null ? query : query.bind("client", clientIdOrNull.longValue());
    }
}
