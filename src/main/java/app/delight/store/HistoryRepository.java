package app.delight.store;

import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.HealthColour;
import app.delight.domain.Incident;
import app.delight.domain.NpsAnswer;
import app.delight.domain.PromptKind;
import app.delight.domain.PromptResponse;
import app.delight.domain.Struggle;
import app.delight.domain.Touchpoint;
import app.delight.engine.health.DailyScore;
import app.delight.engine.health.DailyScores;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * What happened with a workspace's clients: touchpoints, follow-ups, struggles, NPS answers, free
 * work, incidents and what the team did with each prompt. Every statement is scoped to the team;
 * rows also point at their client by {@code (team_id, client_id)}, so the database itself refuses
 * a row that names another workspace's client.
 *
 * <p>Lists are ordered with the row id as the last key, so rows written at the same instant keep
 * the order they were written in.
 */
public final class HistoryRepository {
    private static final Table<Touchpoint> TOUCHPOINTS = new Table<>("touchpoints",
            List.of("id", "client_id", "author_id", "text", "occurred_at"), HistoryRepository::touchpoint);
    private static final Table<FollowUp> FOLLOW_UPS = new Table<>("follow_ups",
            List.of("id", "client_id", "author_id", "text", "due_on", "status", "created_at"), HistoryRepository::followUp);
    private static final Table<Struggle> STRUGGLES = new Table<>("struggles",
            List.of("id", "client_id", "author_id", "text", "observed_at", "status"), HistoryRepository::struggle);
    private static final Table<NpsAnswer> NPS_ANSWERS = new Table<>("nps_answers",
            List.of("id", "client_id", "score", "comment", "recorded_by", "answered_at"), HistoryRepository::npsAnswer);
    private static final Table<FreeWork> FREE_WORK = new Table<>("free_work",
            List.of("id", "client_id", "hours", "kind", "text", "recorded_by", "given_at"), HistoryRepository::freeWork);
    private static final Table<Incident> INCIDENTS = new Table<>("incidents",
            List.of("id", "client_id", "text", "recorded_by", "occurred_at"), HistoryRepository::incident);
    private static final Table<PromptResponse> PROMPT_RESPONSES = new Table<>("prompt_responses",
            List.of("client_id", "prompt_key", "prompt_kind", "response", "snoozed_until", "responded_by", "responded_at"),
            HistoryRepository::promptResponse);

    private static final String OPEN = "open";
    private static final String IS_OPEN = "AND status = '" + OPEN + "'";
    private static final String TOUCHPOINTS_ORDER = "occurred_at DESC, id DESC";
    private static final String FOLLOW_UPS_ORDER = "due_on ASC NULLS LAST, id";
    private static final String STRUGGLES_ORDER = "observed_at, id";
    private static final String RESPONSES_ORDER = "responded_at, id";
    private static final String STAGE_DAYS = "SELECT stage_changed_on, " + ClientRepository.IN_STAGE_SINCE
            + " AS in_stage_since FROM clients WHERE team_id = :team AND id = :client";

    /**
     * The reads one client's card needs, its health included, sent as one batch: the database answers them all
     * in one round trip where one call each would pay ten. Each is the same statement as its single read.
     */
    private static final String CARD_READS = String.join(";\n",
            STAGE_DAYS,
            ofClientSql(TOUCHPOINTS, "", TOUCHPOINTS_ORDER + " LIMIT 1"),
            ofClientSql(FOLLOW_UPS, IS_OPEN, FOLLOW_UPS_ORDER),
            ofClientSql(STRUGGLES, IS_OPEN, STRUGGLES_ORDER),
            ofClientSql(NPS_ANSWERS, sinceCondition("answered_at"), "answered_at DESC, id DESC"),
            ofClientSql(PROMPT_RESPONSES, "", RESPONSES_ORDER),
            ofClientSql(INCIDENTS, "AND occurred_at >= :incidentsSince", "occurred_at DESC, id DESC"),
            PortfolioRepository.ACTED_ON + PortfolioRepository.OF_CLIENT + PortfolioRepository.BY_CLIENT,
            PortfolioRepository.IGNORED + PortfolioRepository.OF_CLIENT + PortfolioRepository.BY_CLIENT,
            HealthSnapshotRepository.SCORES_OF_LAST_RED_RUN);

    /** How far back each of a card's reads goes; stored scores are read up to, not including, {@code day}. */
    public record CardWindows(Instant npsSince, Instant incidentsSince, Instant engagementSince, LocalDate scoresSince,
            LocalDate day) {
    }

    /**
     * What a client's card is made from: its stage's days ({@code stageChangedOn} null when unknown,
     * {@code inStageSince} as {@link ClientRepository#IN_STAGE_SINCE}), its latest touchpoint (null when none),
     * what is open, the facts its health score is made of, and its stored scores since the last one that was not
     * red (all it takes to date a red run, and a row or two for most clients).
     */
    public record CardFacts(LocalDate stageChangedOn, LocalDate inStageSince, Touchpoint lastTouchpoint,
            List<FollowUp> openFollowUps, List<Struggle> openStruggles, List<NpsAnswer> recentNps,
            List<PromptResponse> responses, List<Incident> incidents, PortfolioRepository.Engagement engagement,
            DailyScores lastRedRun) {
    }

    private final Handle handle;

    public HistoryRepository(Handle handle) {
        this.handle = handle;
    }

    // ---- touchpoints ------------------------------------------------------------------------

    public Touchpoint addTouchpoint(String teamId, long clientId, String authorId, String text, Instant at) {
        return insert(TOUCHPOINTS, handle.createUpdate("INSERT INTO touchpoints (team_id, client_id, author_id, text, occurred_at) "
                        + "VALUES (:team, :client, :author, :text, :at)")
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("author", required(authorId, "authorId"))
                .bind("text", required(text, "text"))
                .bind("at", timestamp(at)));
    }

    /** The client's latest {@code limit} touchpoints, newest first. */
    public List<Touchpoint> recentTouchpoints(String teamId, long clientId, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
        return ofClient(TOUCHPOINTS, teamId, clientId, "", TOUCHPOINTS_ORDER + " LIMIT :limit")
                .bind("limit", limit)
                .map(TOUCHPOINTS.mapper())
                .list();
    }

    /** Each client's latest touchpoint; a client the team never logged a contact with is absent. */
    public Map<Long, Instant> lastContactByClient(String teamId) {
        // Kept by triggers on touchpoints (V4): one row a client rather than all of the team's touchpoints.
        Map<Long, Instant> last = handle.createQuery("SELECT client_id, last_contact_at AS last_contact FROM client_last_contacts "
                        + "WHERE team_id = :team")
                .bind("team", teamId)
                .reduceResultSet(new HashMap<Long, Instant>(), (map, rs, ctx) -> {
                    map.put(rs.getLong("client_id"), instant(rs, "last_contact"));
                    return map;
                });
        return Collections.unmodifiableMap(last);
    }

    // ---- follow-ups -------------------------------------------------------------------------

    public FollowUp addFollowUp(String teamId, long clientId, String authorId, String text, LocalDate dueOnOrNull) {
        return insert(FOLLOW_UPS, handle.createUpdate("INSERT INTO follow_ups (team_id, client_id, author_id, text, due_on) "
                        + "VALUES (:team, :client, :author, :text, :due)")
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("author", required(authorId, "authorId"))
                .bind("text", required(text, "text"))
                .bind("due", dueOnOrNull));
    }

    /** The client's open follow-ups, soonest due first, those without a date last. */
    public List<FollowUp> openFollowUps(String teamId, long clientId) {
        return ofClient(FOLLOW_UPS, teamId, clientId, IS_OPEN, FOLLOW_UPS_ORDER)
                .map(FOLLOW_UPS.mapper())
                .list();
    }

    /** Every open follow-up of the team, by client, then as {@link #openFollowUps} orders them. */
    public List<FollowUp> openFollowUpsOfTeam(String teamId) {
        return handle.createQuery(FOLLOW_UPS.select() + " WHERE team_id = :team AND status = '" + OPEN + "' "
                        + "ORDER BY client_id, due_on ASC NULLS LAST, id")
                .bind("team", teamId)
                .map(FOLLOW_UPS.mapper())
                .list();
    }

    /**
     * Marks an open follow-up of the team done or cancelled.
     *
     * @return false when the team has no such follow-up or it was already closed
     */
    public boolean closeFollowUp(String teamId, long followUpId, FollowUp.Status doneOrCancelled, String byUserId) {
        if (doneOrCancelled == FollowUp.Status.OPEN) {
            throw new IllegalArgumentException("a follow-up is closed as DONE or CANCELLED, not OPEN");
        }
        return close(FOLLOW_UPS, teamId, followUpId, doneOrCancelled, byUserId);
    }

    // ---- struggles --------------------------------------------------------------------------

    public Struggle addStruggle(String teamId, long clientId, String authorId, String text, Instant observedAt) {
        return insert(STRUGGLES, handle.createUpdate("INSERT INTO struggles (team_id, client_id, author_id, text, observed_at) "
                        + "VALUES (:team, :client, :author, :text, :at)")
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("author", required(authorId, "authorId"))
                .bind("text", required(text, "text"))
                .bind("at", timestamp(observedAt)));
    }

    /** The client's open struggles, oldest first. */
    public List<Struggle> openStruggles(String teamId, long clientId) {
        return ofClient(STRUGGLES, teamId, clientId, IS_OPEN, STRUGGLES_ORDER)
                .map(STRUGGLES.mapper())
                .list();
    }

    /**
     * Marks an open struggle of the team removed, or kept by the client's choice.
     *
     * @return false when the team has no such struggle or it was already closed
     */
    public boolean closeStruggle(String teamId, long struggleId, Struggle.Status removedOrKept, String byUserId) {
        if (removedOrKept == Struggle.Status.OPEN) {
            throw new IllegalArgumentException("a struggle is closed as REMOVED or KEPT, not OPEN");
        }
        return close(STRUGGLES, teamId, struggleId, removedOrKept, byUserId);
    }

    // ---- NPS --------------------------------------------------------------------------------

    public NpsAnswer addNps(String teamId, long clientId, int score, String commentOrNull, String recordedBy, Instant at) {
        if (score < NpsAnswer.MIN || score > NpsAnswer.MAX) {
            throw new IllegalArgumentException("an NPS score is from 0 to 10, got " + score);
        }
        return insert(NPS_ANSWERS, handle.createUpdate("INSERT INTO nps_answers (team_id, client_id, score, comment, recorded_by, answered_at) "
                        + "VALUES (:team, :client, :score, :comment, :by, :at)")
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("score", score)
                .bind("comment", commentOrNull)
                .bind("by", required(recordedBy, "recordedBy"))
                .bind("at", timestamp(at)));
    }

    /** The client's answers from {@code since} on (inclusive), newest first. */
    public List<NpsAnswer> npsSince(String teamId, long clientId, Instant since) {
        return since(NPS_ANSWERS, "answered_at", teamId, clientId, since);
    }

    // ---- free work --------------------------------------------------------------------------

    /** Hours are kept to the hundredth, as the database does. */
    public FreeWork addFreeWork(String teamId, long clientId, BigDecimal hours, FreeWork.Kind kind, String text,
            String recordedBy, Instant givenAt) {
        return insert(FREE_WORK, handle.createUpdate("INSERT INTO free_work (team_id, client_id, hours, kind, text, recorded_by, given_at) "
                        + "VALUES (:team, :client, :hours, :kind, :text, :by, :at)")
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("hours", required(hours, "hours"))
                .bind("kind", code(required(kind, "kind")))
                .bind("text", required(text, "text"))
                .bind("by", required(recordedBy, "recordedBy"))
                .bind("at", timestamp(givenAt)));
    }

    /** The client's free work from {@code since} on (inclusive), newest first. */
    public List<FreeWork> freeWorkSince(String teamId, long clientId, Instant since) {
        return since(FREE_WORK, "given_at", teamId, clientId, since);
    }

    // ---- incidents --------------------------------------------------------------------------

    public Incident addIncident(String teamId, long clientId, String text, String recordedBy, Instant occurredAt) {
        return insert(INCIDENTS, handle.createUpdate("INSERT INTO incidents (team_id, client_id, text, recorded_by, occurred_at) "
                        + "VALUES (:team, :client, :text, :by, :at)")
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("text", required(text, "text"))
                .bind("by", required(recordedBy, "recordedBy"))
                .bind("at", timestamp(occurredAt)));
    }

    /** The client's incidents from {@code since} on (inclusive), newest first. */
    public List<Incident> incidentsSince(String teamId, long clientId, Instant since) {
        return since(INCIDENTS, "occurred_at", teamId, clientId, since);
    }

    // ---- prompt responses -------------------------------------------------------------------

    /**
     * Records what a team member did with a prompt, with the Slack message it was clicked on when
     * there was one. A response without {@code respondedAt} is stamped with the database's now.
     */
    public void recordResponse(String teamId, PromptResponse response, String channelIdOrNull, String messageTsOrNull) {
        handle.createUpdate("INSERT INTO prompt_responses (team_id, client_id, prompt_key, prompt_kind, response, snoozed_until, "
                        + "responded_by, responded_at, channel_id, message_ts) VALUES (:team, :client, :key, :kind, :response, "
                        + ":snoozed, :by, COALESCE(CAST(:at AS TIMESTAMPTZ), now()), :channel, :ts)")
                .bind("team", teamId)
                .bind("client", response.clientId())
                .bind("key", required(response.promptKey(), "promptKey"))
                .bind("kind", required(response.kind(), "kind").code())
                .bind("response", required(response.response(), "response").code())
                .bind("snoozed", response.snoozedUntil())
                .bind("by", required(response.respondedBy(), "respondedBy"))
                .bind("at", response.respondedAt() == null ? null : timestamp(response.respondedAt()))
                .bind("channel", channelIdOrNull)
                .bind("ts", messageTsOrNull)
                .execute();
    }

    /** Every response about the client, oldest first. */
    public List<PromptResponse> responses(String teamId, long clientId) {
        return ofClient(PROMPT_RESPONSES, teamId, clientId, "", RESPONSES_ORDER)
                .map(PROMPT_RESPONSES.mapper())
                .list();
    }

    // ---- clients ----------------------------------------------------------------------------

    /**
     * The day the client entered its current stage, or was added if that is later ({@link ClientRepository#IN_STAGE_SINCE}).
     *
     * @throws NoSuchElementException when the team has no such client
     */
    public LocalDate inStageSince(String teamId, long clientId) {
        return handle.createQuery(STAGE_DAYS)
                .bind("team", teamId)
                .bind("client", clientId)
                .map((rs, ctx) -> date(rs, "in_stage_since"))
                .findOne()
                .orElseThrow(() -> new NoSuchElementException("no client " + clientId + " in workspace " + teamId));
    }

    // ---- one client's card -------------------------------------------------------------------------

    /**
     * Everything one client's card is built from, in one round trip.
     *
     * @throws NoSuchElementException when the team has no such client
     */
    public CardFacts cardFacts(String teamId, long clientId, CardWindows windows) {
        return handle.createQuery(CARD_READS)
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("since", timestamp(required(windows.npsSince(), "npsSince")))
                .bind("incidentsSince", timestamp(required(windows.incidentsSince(), "incidentsSince")))
                .bind("engagementSince", timestamp(required(windows.engagementSince(), "engagementSince")))
                .bind("scoresSince", required(windows.scoresSince(), "scoresSince"))
                .bind("day", required(windows.day(), "day"))
                .bind("notRedFrom", HealthColour.NOT_RED_FROM)
                .execute((executed, ctx) -> {
                    PreparedStatement batch = executed.get();
                    List<LocalDate[]> stage = rows(batch, ctx,
                            (rs, c) -> new LocalDate[] {date(rs, "stage_changed_on"), date(rs, "in_stage_since")});
                    if (stage.isEmpty()) {
                        throw new NoSuchElementException("no client " + clientId + " in workspace " + teamId);
                    }
                    List<Touchpoint> last = rows(batch, ctx, TOUCHPOINTS.mapper());
                    List<FollowUp> followUps = rows(batch, ctx, FOLLOW_UPS.mapper());
                    List<Struggle> struggles = rows(batch, ctx, STRUGGLES.mapper());
                    List<NpsAnswer> nps = rows(batch, ctx, NPS_ANSWERS.mapper());
                    List<PromptResponse> responses = rows(batch, ctx, PROMPT_RESPONSES.mapper());
                    List<Incident> incidents = rows(batch, ctx, INCIDENTS.mapper());
                    List<Integer> actedOn = rows(batch, ctx, (rs, c) -> rs.getInt("n"));
                    List<Integer> ignored = rows(batch, ctx, (rs, c) -> rs.getInt("n"));
                    List<DailyScore> lastRedRun = rows(batch, ctx,
                            (rs, c) -> new DailyScore(rs.getObject("taken_on", LocalDate.class), rs.getInt("score")));
                    return new CardFacts(stage.get(0)[0], stage.get(0)[1], last.isEmpty() ? null : last.get(0), followUps,
                            struggles, nps, responses, incidents,
                            new PortfolioRepository.Engagement(onlyOrZero(actedOn), onlyOrZero(ignored)), DailyScores.of(lastRedRun));
                });
    }

    /** A count grouped by client: one row, or none when there is nothing to count. */
    private static int onlyOrZero(List<Integer> counts) {
        return counts.isEmpty() ? 0 : counts.get(0);
    }

    /** The rows of the batch's current result, then on to its next one. */
    private static <T> List<T> rows(PreparedStatement batch, StatementContext ctx, RowMapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = batch.getResultSet()) {
            while (rs.next()) {
                rows.add(mapper.map(rs, ctx));
            }
        }
        batch.getMoreResults();
        return rows;
    }

    // ---- the whole team at once, for the portfolio ------------------------------------------------

    /** Every open struggle of the team, oldest first. */
    public List<Struggle> openStrugglesOfTeam(String teamId) {
        return handle.createQuery(STRUGGLES.select() + " WHERE team_id = :team AND status = '" + OPEN + "' ORDER BY observed_at, id")
                .bind("team", teamId)
                .map(STRUGGLES.mapper())
                .list();
    }

    public List<NpsAnswer> npsOfTeamSince(String teamId, Instant since) {
        return ofTeamSince(NPS_ANSWERS, "answered_at", teamId, since);
    }

    public List<FreeWork> freeWorkOfTeamSince(String teamId, Instant since) {
        return ofTeamSince(FREE_WORK, "given_at", teamId, since);
    }

    public List<Incident> incidentsOfTeamSince(String teamId, Instant since) {
        return ofTeamSince(INCIDENTS, "occurred_at", teamId, since);
    }

    public List<PromptResponse> responsesOfTeamSince(String teamId, Instant since) {
        return ofTeamSince(PROMPT_RESPONSES, "responded_at", teamId, since);
    }

    private <T> List<T> ofTeamSince(Table<T> table, String timeColumn, String teamId, Instant since) {
        return handle.createQuery(table.select() + " WHERE team_id = :team AND " + timeColumn + " >= :since ORDER BY "
                        + timeColumn + " DESC")
                .bind("team", teamId)
                .bind("since", timestamp(required(since, "since")))
                .map(table.mapper())
                .list();
    }

    // ---- shared statements ------------------------------------------------------------------

    /** A table's columns and the mapper that turns them into its record, shared by inserts and queries. */
    private record Table<T>(String name, List<String> columns, RowMapper<T> mapper) {
        String select() {
            return "SELECT " + String.join(", ", columns) + " FROM " + name;
        }
    }

    /** Runs the insert and reads the new row back as the database stored it (ids, defaults, rounding). */
    private static <T> T insert(Table<T> table, Update insert) {
        return insert.executeAndReturnGeneratedKeys(table.columns().toArray(String[]::new))
                .map(table.mapper())
                .one();
    }

    private Query ofClient(Table<?> table, String teamId, long clientId, String andCondition, String orderBy) {
        return handle.createQuery(ofClientSql(table, andCondition, orderBy))
                .bind("team", teamId)
                .bind("client", clientId);
    }

    private static String ofClientSql(Table<?> table, String andCondition, String orderBy) {
        return table.select() + " WHERE team_id = :team AND client_id = :client " + andCondition + " ORDER BY " + orderBy;
    }

    private <T> List<T> since(Table<T> table, String timeColumn, String teamId, long clientId, Instant since) {
        return ofClient(table, teamId, clientId, sinceCondition(timeColumn), timeColumn + " DESC, id DESC")
                .bind("since", timestamp(required(since, "since")))
                .map(table.mapper())
                .list();
    }

    private static String sinceCondition(String timeColumn) {
        return "AND " + timeColumn + " >= :since";
    }

    /** Closes an open row of the team's; false when there is none to close. */
    private boolean close(Table<?> table, String teamId, long id, Enum<?> status, String byUserId) {
        return handle.createUpdate("UPDATE " + table.name() + " SET status = :status, closed_at = now(), closed_by = :by "
                        + "WHERE team_id = :team AND id = :id AND status = '" + OPEN + "'")
                .bind("status", code(required(status, "status")))
                .bind("by", required(byUserId, "byUserId"))
                .bind("team", teamId)
                .bind("id", id)
                .execute() == 1;
    }

    // ---- shared mapping ---------------------------------------------------------------------

    private static Touchpoint touchpoint(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Touchpoint(rs.getLong("id"), rs.getLong("client_id"), rs.getString("author_id"), rs.getString("text"),
                instant(rs, "occurred_at"));
    }

    private static FollowUp followUp(ResultSet rs, StatementContext ctx) throws SQLException {
        return new FollowUp(rs.getLong("id"), rs.getLong("client_id"), rs.getString("author_id"), rs.getString("text"),
                date(rs, "due_on"), enumOf(FollowUp.Status.class, rs.getString("status")), instant(rs, "created_at"));
    }

    private static Struggle struggle(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Struggle(rs.getLong("id"), rs.getLong("client_id"), rs.getString("author_id"), rs.getString("text"),
                instant(rs, "observed_at"), enumOf(Struggle.Status.class, rs.getString("status")));
    }

    private static NpsAnswer npsAnswer(ResultSet rs, StatementContext ctx) throws SQLException {
        return new NpsAnswer(rs.getLong("id"), rs.getLong("client_id"), rs.getInt("score"), rs.getString("comment"),
                rs.getString("recorded_by"), instant(rs, "answered_at"));
    }

    private static FreeWork freeWork(ResultSet rs, StatementContext ctx) throws SQLException {
        return new FreeWork(rs.getLong("id"), rs.getLong("client_id"), rs.getBigDecimal("hours"),
                enumOf(FreeWork.Kind.class, rs.getString("kind")), rs.getString("text"), rs.getString("recorded_by"),
                instant(rs, "given_at"));
    }

    private static Incident incident(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Incident(rs.getLong("id"), rs.getLong("client_id"), rs.getString("text"), rs.getString("recorded_by"),
                instant(rs, "occurred_at"));
    }

    private static PromptResponse promptResponse(ResultSet rs, StatementContext ctx)
            throws SQLException {
        String kind = rs.getString("prompt_kind");
        String response = rs.getString("response");
        return new PromptResponse(rs.getLong("client_id"), rs.getString("prompt_key"),
                PromptKind.fromCode(kind).orElseThrow(() -> unknownCode(PromptKind.class, kind)),
                PromptResponse.Response.fromCode(response).orElseThrow(() -> unknownCode(PromptResponse.Response.class, response)),
                date(rs, "snoozed_until"), rs.getString("responded_by"), instant(rs, "responded_at"));
    }

    /** The database spells enums as their lower-case names: 'open', 'not_relevant', 'follow_up'. */
    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (code(value).equals(code)) {
                return value;
            }
        }
        throw unknownCode(type, code);
    }

    private static IllegalStateException unknownCode(Class<?> type, String code) {
        return new IllegalStateException("the database holds " + type.getSimpleName() + " '" + code + "', which this version does not know");
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** Bound as a UTC offset date-time, so the instant is stored whatever the JVM's or server's time zone. */
    private static OffsetDateTime timestamp(Instant instant) {
        return required(instant, "instant").atOffset(ZoneOffset.UTC);
    }

    private static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
