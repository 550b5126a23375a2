package app.delight.store;

import app.delight.engine.health.DailyScore;
import app.delight.engine.health.DailyScores;
import app.delight.engine.health.HealthSnapshot;
import app.delight.engine.health.Part;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Stored health scores, one per client and day, with their parts: the trend and early warnings read them. */
public final class HealthSnapshotRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Integer>> PARTS = new TypeReference<>() {
    };

    /**
     * One client's stored scores of the days from {@code :scoresSince} to before {@code :day}, from the last one that
     * was not red ({@code :notRedFrom} or more) on: the run of red days that reaches the day, if any, and the day it
     * broke; a green client's last score or two.
     */
    static final String SCORES_OF_LAST_RED_RUN = "SELECT taken_on, score FROM health_snapshots WHERE team_id = :team "
            + "AND client_id = :client AND taken_on < :day AND taken_on >= COALESCE((SELECT max(taken_on) FROM health_snapshots "
            + "WHERE team_id = :team AND client_id = :client AND taken_on >= :scoresSince AND taken_on < :day "
            + "AND score >= :notRedFrom), :scoresSince) ORDER BY taken_on";

    private static final int SCORES_FETCH_SIZE = 10_000;

    private final Handle handle;

    public HealthSnapshotRepository(Handle handle) {
        this.handle = handle;
    }

    /** Each client's latest score, for views that show many clients at once. */
    public Map<Long, Integer> latestScores(String teamId) {
        return handle.createQuery("SELECT DISTINCT ON (client_id) client_id, score FROM health_snapshots WHERE team_id = :team "
                        + "ORDER BY client_id, taken_on DESC")
                .bind("team", teamId)
                .reduceRows(new HashMap<Long, Integer>(), (map, row) -> {
                    map.put(row.getColumn("client_id", Long.class), row.getColumn("score", Integer.class));
                    return map;
                });
    }

    /** Stores the day's snapshot of a client, replacing one stored earlier the same day. */
    public void save(String teamId, long clientId, HealthSnapshot snapshot) {
        handle.createUpdate("INSERT INTO health_snapshots (team_id, client_id, taken_on, score, parts) "
                        + "VALUES (:team, :client, :day, :score, CAST(:parts AS jsonb)) "
                        + "ON CONFLICT (team_id, client_id, taken_on) DO UPDATE SET score = excluded.score, parts = excluded.parts")
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("day", snapshot.day())
                .bind("score", snapshot.score())
                .bind("parts", partsJson(snapshot.parts()))
                .execute();
    }

    /** The team's snapshots from {@code since} on, by client, oldest first. */
    public Map<Long, List<HealthSnapshot>> since(String teamId, LocalDate since) {
        return handle.createQuery("SELECT client_id, taken_on, score, parts::text AS parts FROM health_snapshots "
                        + "WHERE team_id = :team AND taken_on >= :since ORDER BY client_id, taken_on")
                .bind("team", teamId)
                .bind("since", since)
                .reduceRows(new HashMap<Long, List<HealthSnapshot>>(), (map, row) -> {
                    map.computeIfAbsent(row.getColumn("client_id", Long.class), id -> new ArrayList<>())
                            .add(new HealthSnapshot(row.getColumn("taken_on", LocalDate.class), row.getColumn("score", Integer.class),
                                    parts(row.getColumn("parts", String.class))));
                    return map;
                });
    }

    /** The team's scores from {@code since} on, by client: the trend and the red streak need no parts. */
    public Map<Long, DailyScores> scoresSince(String teamId, LocalDate since) {
        Map<Long, DailyScores> byClient = new HashMap<>();
        // Ordered by client, each client's days are gathered and packed before the next one's are read.
        List<DailyScore> days = new ArrayList<>();
        long[] client = {-1};
        handle.createQuery("SELECT client_id, taken_on, score FROM health_snapshots "
                        + "WHERE team_id = :team AND taken_on >= :since ORDER BY client_id, taken_on")
                .bind("team", teamId)
                .bind("since", since)
                // 90 rows a client: without a fetch size the driver holds all of them at once (in a
                // transaction, as the portfolio reads them, it fetches them a batch at a time).
                .setFetchSize(SCORES_FETCH_SIZE)
                .reduceResultSet(byClient, (map, rs, ctx) -> {
                    if (rs.getLong(1) != client[0]) {
                        pack(map, client[0], days);
                        client[0] = rs.getLong(1);
                    }
                    days.add(new DailyScore(rs.getDate(2).toLocalDate(), rs.getInt(3)));
                    return map;
                });
        pack(byClient, client[0], days);
        return byClient;
    }

    private static void pack(Map<Long, DailyScores> byClient, long client, List<DailyScore> days) {
        if (!days.isEmpty()) {
            byClient.put(client, DailyScores.of(days));
            days.clear();
        }
    }

    private static String partsJson(Map<Part, Integer> parts) {
        Map<String, Integer> byKey = new LinkedHashMap<>();
        parts.forEach((part, value) -> byKey.put(part.key(), value));
        try {
            return JSON.writeValueAsString(byKey);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Part, Integer> parts(String json) {
        Map<Part, Integer> parts = new EnumMap<>(Part.class);
        try {
            JSON.readValue(json, PARTS).forEach((key, value) -> Part.fromKey(key).ifPresent(part -> parts.put(part, value)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }
}
