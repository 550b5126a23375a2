package app.delight.store;

import static app.delight.store.HistoryColumns.FOLLOW_UP;
import static app.delight.store.HistoryColumns.FREE_WORK;
import static app.delight.store.HistoryColumns.INCIDENT;
import static app.delight.store.HistoryColumns.NPS_ANSWER;
import static app.delight.store.HistoryColumns.STRUGGLE;

import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.Incident;
import app.delight.domain.NpsAnswer;
import app.delight.domain.Struggle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Facts about every client of a team at once, each in one query, so the portfolio stays fast at
 * 10,000 clients: the team's history rows the health model reads, and what the database keeps
 * summed up for it. One client's rows are {@link HistoryRepository}'s.
 */
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

    /** Each client's latest touchpoint; a client the team never logged a contact with is absent. */
    public Map<Long, Instant> lastContactByClient(String teamId) {
        // Kept by triggers on touchpoints (V4): one row a client rather than all of the team's touchpoints.
        Map<Long, Instant> last = handle.createQuery("SELECT client_id, last_contact_at FROM client_last_contacts WHERE team_id = :team")
                .bind("team", teamId)
                .reduceRows(new HashMap<Long, Instant>(), (map, row) -> {
                    map.put(row.getColumn("client_id", Long.class), row.getColumn("last_contact_at", Instant.class));
                    return map;
                });
        return Collections.unmodifiableMap(last);
    }

    /** Every open follow-up of the team, by client, then soonest due first, those without a date last. */
    public List<FollowUp> openFollowUpsOfTeam(String teamId) {
        return handle.createQuery("SELECT " + FOLLOW_UP + " FROM follow_ups WHERE team_id = :team AND status = 'open' "
                        + "ORDER BY client_id, due_on ASC NULLS LAST, id")
                .bind("team", teamId)
                .mapTo(FollowUp.class)
                .list();
    }

    /** Every open struggle of the team, oldest first. */
    public List<Struggle> openStrugglesOfTeam(String teamId) {
        return handle.createQuery("SELECT " + STRUGGLE + " FROM struggles WHERE team_id = :team AND status = 'open' "
                        + "ORDER BY observed_at, id")
                .bind("team", teamId)
                .mapTo(Struggle.class)
                .list();
    }

    /** The team's answers from {@code since} on (inclusive), newest first. */
    public List<NpsAnswer> npsOfTeamSince(String teamId, Instant since) {
        return ofTeamSince("SELECT " + NPS_ANSWER + " FROM nps_answers WHERE team_id = :team AND answered_at >= :since "
                + "ORDER BY answered_at DESC", teamId, since).mapTo(NpsAnswer.class).list();
    }

    public List<FreeWork> freeWorkOfTeamSince(String teamId, Instant since) {
        return ofTeamSince("SELECT " + FREE_WORK + " FROM free_work WHERE team_id = :team AND given_at >= :since "
                + "ORDER BY given_at DESC", teamId, since).mapTo(FreeWork.class).list();
    }

    public List<Incident> incidentsOfTeamSince(String teamId, Instant since) {
        return ofTeamSince("SELECT " + INCIDENT + " FROM incidents WHERE team_id = :team AND occurred_at >= :since "
                + "ORDER BY occurred_at DESC", teamId, since).mapTo(Incident.class).list();
    }

    private Query ofTeamSince(String sql, String teamId, Instant since) {
        return handle.createQuery(sql).bind("team", teamId).bind("since", Objects.requireNonNull(since, "since"));
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
