package app.delight.store;

import static app.delight.store.HistoryColumns.FOLLOW_UP;
import static app.delight.store.HistoryColumns.FREE_WORK;
import static app.delight.store.HistoryColumns.INCIDENT;
import static app.delight.store.HistoryColumns.NPS_ANSWER;
import static app.delight.store.HistoryColumns.PROMPT_RESPONSE;
import static app.delight.store.HistoryColumns.STRUGGLE;
import static app.delight.store.HistoryColumns.TOUCHPOINT;

import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.HealthColour;
import app.delight.domain.Incident;
import app.delight.domain.Meeting;
import app.delight.domain.NpsAnswer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * What happened with one client: its touchpoints, follow-ups, struggles, NPS answers, free work,
 * incidents and what the team did with each prompt, written and read back. Every statement is scoped
 * to the team; rows also point at their client by {@code (team_id, client_id)}, so the database
 * itself refuses a row that names another workspace's client. The whole team's rows at once, as the
 * portfolio reads them, are {@link PortfolioRepository}'s.
 *
 * <p>Lists are ordered with the row id as the last key, so rows written at the same instant keep
 * the order they were written in.
 */
public final class HistoryRepository {
    private static final String STAGE_DAYS = "SELECT stage_changed_on, " + ClientRepository.IN_STAGE_SINCE
            + " AS in_stage_since FROM clients WHERE team_id = :team AND id = :client";
    private static final String RECENT_TOUCHPOINTS = "SELECT " + TOUCHPOINT + " FROM touchpoints "
            + "WHERE team_id = :team AND client_id = :client ORDER BY occurred_at DESC, id DESC LIMIT :limit";
    private static final String OPEN_FOLLOW_UPS = "SELECT " + FOLLOW_UP + " FROM follow_ups "
            + "WHERE team_id = :team AND client_id = :client AND status = 'open' ORDER BY due_on ASC NULLS LAST, id";
    private static final String OPEN_STRUGGLES = "SELECT " + STRUGGLE + " FROM struggles "
            + "WHERE team_id = :team AND client_id = :client AND status = 'open' ORDER BY observed_at, id";
    private static final String NPS_SINCE = "SELECT " + NPS_ANSWER + " FROM nps_answers "
            + "WHERE team_id = :team AND client_id = :client AND answered_at >= :since ORDER BY answered_at DESC, id DESC";
    private static final String RESPONSES = "SELECT " + PROMPT_RESPONSE + " FROM prompt_responses "
            + "WHERE team_id = :team AND client_id = :client ORDER BY responded_at, id";
    private static final String INCIDENTS_SINCE = "SELECT " + INCIDENT + " FROM incidents "
            + "WHERE team_id = :team AND client_id = :client AND occurred_at >= :incidentsSince ORDER BY occurred_at DESC, id DESC";

    /**
     * The reads one client's card needs, its health included, sent as one batch: the database answers them all
     * in one round trip where one call each would pay eleven. Each is the same statement as its single read, but
     * for the meetings to come, which only the card reads.
     */
    private static final String CARD_READS = String.join(";\n", STAGE_DAYS, RECENT_TOUCHPOINTS, OPEN_FOLLOW_UPS,
            OPEN_STRUGGLES, NPS_SINCE, RESPONSES, INCIDENTS_SINCE,
            PortfolioRepository.ACTED_ON + PortfolioRepository.OF_CLIENT + PortfolioRepository.BY_CLIENT,
            PortfolioRepository.IGNORED + PortfolioRepository.OF_CLIENT + PortfolioRepository.BY_CLIENT,
            HealthSnapshotRepository.SCORES_OF_LAST_RED_RUN, MeetingRepository.UPCOMING);

    /**
     * How far back each of a card's reads goes; stored scores are read up to, not including, {@code day}; the
     * meetings read are those not cancelled that end after {@code meetingsAfter} and start before
     * {@code meetingsBefore}.
     */
    public record CardWindows(Instant npsSince, Instant incidentsSince, Instant engagementSince, LocalDate scoresSince,
            LocalDate day, Instant meetingsAfter, Instant meetingsBefore) {
    }

    /**
     * What a client's card is made from: its stage's days ({@code stageChangedOn} null when unknown,
     * {@code inStageSince} as {@link ClientRepository#IN_STAGE_SINCE}), its latest touchpoint (null when none),
     * what is open, the facts its health score is made of, its stored scores since the last one that was not
     * red (all it takes to date a red run, and a row or two for most clients), and its meetings to come,
     * soonest first.
     */
    public record CardFacts(LocalDate stageChangedOn, LocalDate inStageSince, Touchpoint lastTouchpoint,
            List<FollowUp> openFollowUps, List<Struggle> openStruggles, List<NpsAnswer> recentNps,
            List<PromptResponse> responses, List<Incident> incidents, PortfolioRepository.Engagement engagement,
            DailyScores lastRedRun, List<Meeting> meetings) {
    }

    private final Handle handle;

    public HistoryRepository(Handle handle) {
        this.handle = handle;
    }

    // ---- touchpoints ------------------------------------------------------------------------

    /** A touchpoint the team logged. */
    public Touchpoint addTouchpoint(String teamId, long clientId, String authorId, String text, Instant at) {
        return addTouchpoint(teamId, clientId, authorId, text, at, Touchpoint.Kind.LOG);
    }

    public Touchpoint addTouchpoint(String teamId, long clientId, String authorId, String text, Instant at, Touchpoint.Kind kind) {
        return handle.createQuery("INSERT INTO touchpoints (team_id, client_id, author_id, text, occurred_at, kind) "
                        + "VALUES (:team, :client, :author, :text, :at, :kind) RETURNING " + TOUCHPOINT)
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("author", required(authorId, "authorId"))
                .bind("text", required(text, "text"))
                .bind("at", required(at, "at"))
                .bind("kind", required(kind, "kind").code())
                .mapTo(Touchpoint.class)
                .one();
    }

    /** The client's latest {@code limit} touchpoints, newest first. */
    public List<Touchpoint> recentTouchpoints(String teamId, long clientId, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
        return handle.createQuery(RECENT_TOUCHPOINTS)
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("limit", limit)
                .mapTo(Touchpoint.class)
                .list();
    }

    // ---- follow-ups -------------------------------------------------------------------------

    public FollowUp addFollowUp(String teamId, long clientId, String authorId, String text, LocalDate dueOnOrNull) {
        return handle.createQuery("INSERT INTO follow_ups (team_id, client_id, author_id, text, due_on) "
                        + "VALUES (:team, :client, :author, :text, :due) RETURNING " + FOLLOW_UP)
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("author", required(authorId, "authorId"))
                .bind("text", required(text, "text"))
                .bind("due", dueOnOrNull)
                .mapTo(FollowUp.class)
                .one();
    }

    /** The client's open follow-ups, soonest due first, those without a date last. */
    public List<FollowUp> openFollowUps(String teamId, long clientId) {
        return handle.createQuery(OPEN_FOLLOW_UPS)
                .bind("team", teamId)
                .bind("client", clientId)
                .mapTo(FollowUp.class)
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
        return handle.createUpdate("UPDATE follow_ups SET status = :status, closed_at = now(), closed_by = :by "
                        + "WHERE team_id = :team AND id = :id AND status = 'open'")
                .bind("status", Mappings.code(required(doneOrCancelled, "status")))
                .bind("by", required(byUserId, "byUserId"))
                .bind("team", teamId)
                .bind("id", followUpId)
                .execute() == 1;
    }

    // ---- struggles --------------------------------------------------------------------------

    public Struggle addStruggle(String teamId, long clientId, String authorId, String text, Instant observedAt) {
        return handle.createQuery("INSERT INTO struggles (team_id, client_id, author_id, text, observed_at) "
                        + "VALUES (:team, :client, :author, :text, :at) RETURNING " + STRUGGLE)
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("author", required(authorId, "authorId"))
                .bind("text", required(text, "text"))
                .bind("at", required(observedAt, "observedAt"))
                .mapTo(Struggle.class)
                .one();
    }

    /** The client's open struggles, oldest first. */
    public List<Struggle> openStruggles(String teamId, long clientId) {
        return handle.createQuery(OPEN_STRUGGLES)
                .bind("team", teamId)
                .bind("client", clientId)
                .mapTo(Struggle.class)
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
        return handle.createUpdate("UPDATE struggles SET status = :status, closed_at = now(), closed_by = :by "
                        + "WHERE team_id = :team AND id = :id AND status = 'open'")
                .bind("status", Mappings.code(required(removedOrKept, "status")))
                .bind("by", required(byUserId, "byUserId"))
                .bind("team", teamId)
                .bind("id", struggleId)
                .execute() == 1;
    }

    // ---- NPS --------------------------------------------------------------------------------

    public NpsAnswer addNps(String teamId, long clientId, int score, String commentOrNull, String recordedBy, Instant at) {
        if (score < NpsAnswer.MIN || score > NpsAnswer.MAX) {
            throw new IllegalArgumentException("an NPS score is from 0 to 10, got " + score);
        }
        return handle.createQuery("INSERT INTO nps_answers (team_id, client_id, score, comment, recorded_by, answered_at) "
                        + "VALUES (:team, :client, :score, :comment, :by, :at) RETURNING " + NPS_ANSWER)
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("score", score)
                .bind("comment", commentOrNull)
                .bind("by", required(recordedBy, "recordedBy"))
                .bind("at", required(at, "at"))
                .mapTo(NpsAnswer.class)
                .one();
    }

    /** The client's answers from {@code since} on (inclusive), newest first. */
    public List<NpsAnswer> npsSince(String teamId, long clientId, Instant since) {
        return handle.createQuery(NPS_SINCE)
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("since", required(since, "since"))
                .mapTo(NpsAnswer.class)
                .list();
    }

    // ---- free work --------------------------------------------------------------------------

    /** Hours are kept to the hundredth, as the database does. */
    public FreeWork addFreeWork(String teamId, long clientId, BigDecimal hours, FreeWork.Kind kind, String text,
            String recordedBy, Instant givenAt) {
        return handle.createQuery("INSERT INTO free_work (team_id, client_id, hours, kind, text, recorded_by, given_at) "
                        + "VALUES (:team, :client, :hours, :kind, :text, :by, :at) RETURNING " + FREE_WORK)
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("hours", required(hours, "hours"))
                .bind("kind", required(kind, "kind").code())
                .bind("text", required(text, "text"))
                .bind("by", required(recordedBy, "recordedBy"))
                .bind("at", required(givenAt, "givenAt"))
                .mapTo(FreeWork.class)
                .one();
    }

    /** The client's free work from {@code since} on (inclusive), newest first. */
    public List<FreeWork> freeWorkSince(String teamId, long clientId, Instant since) {
        return handle.createQuery("SELECT " + FREE_WORK + " FROM free_work "
                        + "WHERE team_id = :team AND client_id = :client AND given_at >= :since ORDER BY given_at DESC, id DESC")
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("since", required(since, "since"))
                .mapTo(FreeWork.class)
                .list();
    }

    // ---- incidents --------------------------------------------------------------------------

    public Incident addIncident(String teamId, long clientId, String text, String recordedBy, Instant occurredAt) {
        return handle.createQuery("INSERT INTO incidents (team_id, client_id, text, recorded_by, occurred_at) "
                        + "VALUES (:team, :client, :text, :by, :at) RETURNING " + INCIDENT)
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("text", required(text, "text"))
                .bind("by", required(recordedBy, "recordedBy"))
                .bind("at", required(occurredAt, "occurredAt"))
                .mapTo(Incident.class)
                .one();
    }

    /** The client's incidents from {@code since} on (inclusive), newest first. */
    public List<Incident> incidentsSince(String teamId, long clientId, Instant since) {
        return handle.createQuery(INCIDENTS_SINCE)
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("incidentsSince", required(since, "since"))
                .mapTo(Incident.class)
                .list();
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
                .bindByType("at", response.respondedAt(), Instant.class)
                .bind("channel", channelIdOrNull)
                .bind("ts", messageTsOrNull)
                .execute();
    }

    /** Every response about the client, oldest first. */
    public List<PromptResponse> responses(String teamId, long clientId) {
        return handle.createQuery(RESPONSES)
                .bind("team", teamId)
                .bind("client", clientId)
                .mapTo(PromptResponse.class)
                .list();
    }

    // ---- the client itself ------------------------------------------------------------------

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

    // ---- one client's card ------------------------------------------------------------------

    /**
     * Everything one client's card is built from, in one round trip, each read within its {@code windows}.
     *
     * @throws NoSuchElementException when the team has no such client
     */
    public CardFacts cardFacts(String teamId, long clientId, CardWindows windows) {
        return handle.createQuery(CARD_READS)
                .bind("team", teamId)
                .bind("client", clientId)
                .bind("limit", 1)
                .bind("since", required(windows.npsSince(), "npsSince"))
                .bind("incidentsSince", required(windows.incidentsSince(), "incidentsSince"))
                .bind("engagementSince", required(windows.engagementSince(), "engagementSince"))
                .bind("scoresSince", required(windows.scoresSince(), "scoresSince"))
                .bind("day", required(windows.day(), "day"))
                .bind("notRedFrom", HealthColour.NOT_RED_FROM)
                .bind("after", required(windows.meetingsAfter(), "meetingsAfter"))
                .bind("before", required(windows.meetingsBefore(), "meetingsBefore"))
                .execute((executed, ctx) -> {
                    PreparedStatement batch = executed.get();
                    List<LocalDate[]> stage = rows(batch, ctx,
                            (rs, c) -> new LocalDate[] {date(rs, "stage_changed_on"), date(rs, "in_stage_since")});
                    if (stage.isEmpty()) {
                        throw new NoSuchElementException("no client " + clientId + " in workspace " + teamId);
                    }
                    List<Touchpoint> last = rows(batch, ctx, Touchpoint.class);
                    List<FollowUp> followUps = rows(batch, ctx, FollowUp.class);
                    List<Struggle> struggles = rows(batch, ctx, Struggle.class);
                    List<NpsAnswer> nps = rows(batch, ctx, NpsAnswer.class);
                    List<PromptResponse> responses = rows(batch, ctx, PromptResponse.class);
                    List<Incident> incidents = rows(batch, ctx, Incident.class);
                    List<Integer> actedOn = rows(batch, ctx, (rs, c) -> rs.getInt("n"));
                    List<Integer> ignored = rows(batch, ctx, (rs, c) -> rs.getInt("n"));
                    List<DailyScore> lastRedRun = rows(batch, ctx,
                            (rs, c) -> new DailyScore(date(rs, "taken_on"), rs.getInt("score")));
                    List<Meeting> meetings = rows(batch, ctx, Meeting.class);
                    return new CardFacts(stage.get(0)[0], stage.get(0)[1], last.isEmpty() ? null : last.get(0), followUps,
                            struggles, nps, responses, incidents,
                            new PortfolioRepository.Engagement(onlyOrZero(actedOn), onlyOrZero(ignored)), DailyScores.of(lastRedRun),
                            meetings);
                });
    }

    /** A count grouped by client: one row, or none when there is nothing to count. */
    private static int onlyOrZero(List<Integer> counts) {
        return counts.isEmpty() ? 0 : counts.get(0);
    }

    /** The rows of the batch's current result, mapped as a single read of {@code type} would be, then on to its next one. */
    private static <T> List<T> rows(PreparedStatement batch, StatementContext ctx, Class<T> type) throws SQLException {
        return rows(batch, ctx, ctx.findMapperFor(type).orElseThrow());
    }

    /** The rows of the batch's current result, then on to its next one. */
    private static <T> List<T> rows(PreparedStatement batch, StatementContext ctx, RowMapper<T> rowMapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = batch.getResultSet()) {
            RowMapper<T> mapper = rowMapper.specialize(rs, ctx);
            while (rs.next()) {
                rows.add(mapper.map(rs, ctx));
            }
        }
        batch.getMoreResults();
        return rows;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
