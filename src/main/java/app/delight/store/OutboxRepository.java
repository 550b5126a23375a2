package app.delight.store;

import app.delight.engine.Shown;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The nudge outbox: every message a pass decides to post, written before it is posted. Its unique
 * key (team, client, recipient, day) is what makes a re-run, a retry or a second instance harmless.
 */
public final class OutboxRepository {
    /** The message kinds: a client's digest, and a late follow-up's reminder to its author. */
    public static final String DIGEST = "digest";
    public static final String OVERDUE = "overdue";

    private static final String COLUMNS = "id, team_id, client_id, recipient, nudge_date, kind, prompt_keys, message::text AS message, "
            + "status, attempts, last_error, message_ts";

    private final Handle handle;

    public OutboxRepository(Handle handle) {
        this.handle = handle;
    }

    /**
     * A message to post: to a channel, or to a user by DM (the recipient is then a user ID), with the client's
     * health score when it was planned (null when unknown).
     */
    public record Entry(long clientId, String recipient, LocalDate nudgeDate, String kind, List<String> promptKeys,
            String messageJson, Integer healthScore) {
    }

    public record Row(long id, String teamId, long clientId, String recipient, LocalDate nudgeDate, String kind,
            List<String> promptKeys, String messageJson, String status, int attempts, String lastError, String messageTs) {
    }

    /** Adds the entries not there yet; returns how many were new. */
    public int enqueue(String teamId, List<Entry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO nudge_outbox (team_id, client_id, recipient, nudge_date, kind, "
                + "prompt_keys, message, health_score) VALUES (:team, :client, :recipient, :date, :kind, :keys, "
                + "CAST(:message AS jsonb), :score) ON CONFLICT (team_id, client_id, recipient, nudge_date) DO NOTHING");
        for (Entry entry : entries) {
            batch.bind("team", teamId)
                    .bind("client", entry.clientId())
                    .bind("recipient", entry.recipient())
                    .bind("date", entry.nudgeDate())
                    .bind("kind", entry.kind())
                    .bindArray("keys", String.class, entry.promptKeys())
                    .bind("message", entry.messageJson())
                    .bind("score", entry.healthScore())
                    .add();
        }
        int inserted = 0;
        for (int count : batch.execute()) {
            inserted += count;
        }
        return inserted;
    }

    /** A row still to post, without its message: that is read when the row is claimed. */
    public record Pending(long id, String recipient) {
    }

    /** Every row still to post, oldest first, whatever the workspace: delivery serves them all. */
    public List<Pending> pending() {
        return handle.createQuery("SELECT id, recipient FROM nudge_outbox WHERE status = 'pending' ORDER BY id")
                .map((rs, ctx) -> new Pending(rs.getLong("id"), rs.getString("recipient")))
                .list();
    }

    public List<Row> forDate(String teamId, LocalDate date) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM nudge_outbox WHERE team_id = :team AND nudge_date = :date ORDER BY id")
                .bind("team", teamId)
                .bind("date", date)
                .map((rs, ctx) -> row(rs))
                .list();
    }

    /**
     * What each recipient was shown of these clients in messages sent from {@code since} to before {@code before}:
     * by client, then by recipient. A message not sent (pending, failed) showed nothing.
     */
    public Map<Long, Map<String, Shown>> shown(String teamId, Collection<Long> clientIds, LocalDate since, LocalDate before) {
        Map<Long, Map<String, Map<String, LocalDate>>> keys = new HashMap<>();
        Map<Long, Map<String, Shown>> shown = new HashMap<>();
        if (clientIds.isEmpty()) {
            return shown;
        }
        handle.createQuery("SELECT o.client_id, o.recipient, k.prompt_key, max(o.nudge_date) AS shown_on "
                        + "FROM nudge_outbox o CROSS JOIN LATERAL unnest(o.prompt_keys) AS k(prompt_key) "
                        + "WHERE o.team_id = :team AND o.client_id = ANY(:clients) AND o.status = 'sent' "
                        + "AND o.nudge_date >= :since AND o.nudge_date < :before GROUP BY o.client_id, o.recipient, k.prompt_key")
                .bind("team", teamId)
                .bindArray("clients", Long.class, List.copyOf(clientIds))
                .bind("since", since)
                .bind("before", before)
                .reduceRows(keys, (map, row) -> {
                    map.computeIfAbsent(row.getColumn("client_id", Long.class), c -> new HashMap<>())
                            .computeIfAbsent(row.getColumn("recipient", String.class), r -> new HashMap<>())
                            .put(row.getColumn("prompt_key", String.class), row.getColumn("shown_on", LocalDate.class));
                    return map;
                });
        handle.createQuery("SELECT DISTINCT ON (client_id, recipient) client_id, recipient, nudge_date, health_score "
                        + "FROM nudge_outbox WHERE team_id = :team AND client_id = ANY(:clients) AND status = 'sent' "
                        + "AND kind = :digest AND nudge_date >= :since AND nudge_date < :before "
                        + "ORDER BY client_id, recipient, nudge_date DESC")
                .bind("team", teamId)
                .bindArray("clients", Long.class, List.copyOf(clientIds))
                .bind("digest", DIGEST)
                .bind("since", since)
                .bind("before", before)
                .reduceRows(shown, (map, row) -> {
                    long client = row.getColumn("client_id", Long.class);
                    String recipient = row.getColumn("recipient", String.class);
                    map.computeIfAbsent(client, c -> new HashMap<>()).put(recipient, new Shown(
                            keys.getOrDefault(client, Map.of()).getOrDefault(recipient, Map.of()),
                            row.getColumn("nudge_date", LocalDate.class), row.getColumn("health_score", Integer.class)));
                    return map;
                });
        // Recipients shown prompts in other messages only (a late follow-up's author): no digest, so no score.
        keys.forEach((client, byRecipient) -> byRecipient.forEach((recipient, days) -> shown
                .computeIfAbsent(client, c -> new HashMap<>())
                .putIfAbsent(recipient, new Shown(days, null, null))));
        return shown;
    }

    /** A client a pass planned for a day, with or without anything to post. */
    public record Planned(long clientId, LocalDate day) {
    }

    /** The clients a pass already planned for {@code day}: a later pass need not look at them again. */
    public Set<Long> clientsPlanned(String teamId, LocalDate day) {
        return Set.copyOf(handle.createQuery("SELECT client_id FROM nudge_plans WHERE nudge_date = :day AND team_id = :team")
                .bind("team", teamId)
                .bind("day", day)
                .mapTo(Long.class)
                .list());
    }

    /** Records that these clients were planned; written with their messages, so both or neither are. */
    public void markPlanned(String teamId, List<Planned> clients) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO nudge_plans (nudge_date, team_id, client_id) "
                + "VALUES (:day, :team, :client) ON CONFLICT DO NOTHING");
        for (Planned client : clients) {
            batch.bind("day", client.day()).bind("team", teamId).bind("client", client.clientId()).add();
        }
        if (!clients.isEmpty()) {
            batch.execute();
        }
    }

    /** Plans only matter on their day; passes for a day long gone are reruns, which the outbox's key keeps harmless. */
    public int forgetPlansBefore(LocalDate day) {
        return handle.createUpdate("DELETE FROM nudge_plans WHERE nudge_date < :day").bind("day", day).execute();
    }

    /**
     * Gives up rows claimed by an instance that stopped before recording what happened: they may or
     * may not have been posted, and at most once means they are not posted again.
     *
     * @return how many rows were given up
     */
    public int giveUpClaimsOlderThan(Duration age) {
        return handle.createUpdate("UPDATE nudge_outbox SET status = 'failed', last_error = :error "
                        + "WHERE status = 'sending' AND claimed_at < now() - make_interval(secs => :seconds)")
                .bind("error", "ambiguous: the instance posting it stopped before it recorded the outcome")
                .bind("seconds", (double) age.toSeconds())
                .execute();
    }

    /** Takes a pending row for posting now, with its message (Block Kit JSON); empty when another instance took it first. */
    public Optional<String> claim(long id) {
        return handle.createQuery("UPDATE nudge_outbox SET status = 'sending', claimed_at = now(), attempts = attempts + 1 "
                        + "WHERE id = :id AND status = 'pending' RETURNING message::text")
                .bind("id", id)
                .mapTo(String.class)
                .findOne();
    }

    public void markSent(long id, String messageTs) {
        handle.createUpdate("UPDATE nudge_outbox SET status = 'sent', message_ts = :ts, sent_at = now(), last_error = NULL WHERE id = :id")
                .bind("id", id)
                .bind("ts", messageTs)
                .execute();
    }

    public void markFailed(long id, String error) {
        handle.createUpdate("UPDATE nudge_outbox SET status = 'failed', last_error = :error WHERE id = :id")
                .bind("id", id)
                .bind("error", error)
                .execute();
    }

    /** How many rows of a day are in each status, for /healthz and the pass's report. */
    public Map<String, Integer> countByStatus(LocalDate date) {
        return handle.createQuery("SELECT status, count(*) AS n FROM nudge_outbox WHERE nudge_date = :date GROUP BY status")
                .bind("date", date)
                .reduceRows(new TreeMap<String, Integer>(), (counts, row) -> {
                    counts.put(row.getColumn("status", String.class), row.getColumn("n", Integer.class));
                    return counts;
                });
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("team_id"), rs.getLong("client_id"), rs.getString("recipient"),
                rs.getDate("nudge_date").toLocalDate(), rs.getString("kind"),
                List.of((String[]) rs.getArray("prompt_keys").getArray()), rs.getString("message"), rs.getString("status"),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getString("message_ts"));
    }
}
