package app.delight.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.delight.config.DatabaseUrl;
import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.Incident;
import app.delight.domain.Meeting;
import app.delight.domain.NpsAnswer;
import app.delight.domain.PromptKind;
import app.delight.domain.PromptResponse;
import app.delight.domain.Stage;
import app.delight.domain.Struggle;
import app.delight.domain.Touchpoint;
import app.delight.engine.health.DailyScore;
import app.delight.engine.health.DailyScores;
import app.delight.signals.ClientMeeting;
import app.delight.support.TestPostgres;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The history of a workspace's clients, against a real PostgreSQL with the real schema. */
class HistoryRepositoryTest {
    private static final String TEAM = "T0HISTORY1";
    private static final String OTHER_TEAM = "T0HISTORY2";
    private static final String ALICE = "U0ALICE";
    private static final String BOB = "U0BOB";
    private static final Instant MONDAY = Instant.parse("2025-03-03T09:15:00Z");
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String CHECK_VIOLATION = "23514";

    private static Database database;

    private Handle handle;
    private HistoryRepository history;
    private PortfolioRepository portfolio;
    private long acme;
    private long globex;
    private long otherTeamsClient;

    @BeforeAll
    static void createDatabase() {
        database = Database.connect(DatabaseUrl.parse("DATABASE_URL", TestPostgres.newDatabase("history")));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void startWithTwoClientsAndOneOfAnotherWorkspace() {
        handle = database.jdbi().open();
        handle.execute("DELETE FROM clients");
        ClientRepository clients = new ClientRepository(handle);
        acme = clients.insert(TEAM, client("Acme")).id();
        globex = clients.insert(TEAM, client("Globex")).id();
        otherTeamsClient = clients.insert(OTHER_TEAM, client("Acme")).id();
        history = new HistoryRepository(handle);
        portfolio = new PortfolioRepository(handle);
    }

    @AfterEach
    void closeHandle() {
        handle.close();
    }

    private static Client client(String name) {
        return new Client(Client.NEW, name, List.of(), null, List.of(), null, Stage.ACTIVE, null, null, BigDecimal.ZERO, null);
    }

    private static Instant daysAfterMonday(int days) {
        return MONDAY.plus(days, ChronoUnit.DAYS);
    }

    // ---- touchpoints ------------------------------------------------------------------------

    @Test
    void aTouchpointIsReadBackAsWritten() {
        Touchpoint added = history.addTouchpoint(TEAM, acme, ALICE, "Call about the Q2 campaign", MONDAY);

        assertThat(added.id()).isPositive();
        assertThat(history.recentTouchpoints(TEAM, acme, 10))
                .containsExactly(new Touchpoint(added.id(), acme, ALICE, "Call about the Q2 campaign", MONDAY, Touchpoint.Kind.LOG));
    }

    @Test
    void recentTouchpointsAreNewestFirstAndAsManyAsAsked() {
        history.addTouchpoint(TEAM, acme, ALICE, "first", daysAfterMonday(0));
        history.addTouchpoint(TEAM, acme, ALICE, "third", daysAfterMonday(2));
        history.addTouchpoint(TEAM, acme, ALICE, "second", daysAfterMonday(1));
        history.addTouchpoint(TEAM, globex, ALICE, "another client", daysAfterMonday(5));

        assertThat(history.recentTouchpoints(TEAM, acme, 2)).extracting(Touchpoint::text).containsExactly("third", "second");
        assertThat(history.recentTouchpoints(TEAM, acme, 10)).extracting(Touchpoint::text)
                .containsExactly("third", "second", "first");
    }

    @Test
    void lastContactIsTheLatestTouchpointOfEachClient() {
        history.addTouchpoint(TEAM, acme, ALICE, "kick-off", daysAfterMonday(0));
        history.addTouchpoint(TEAM, acme, BOB, "weekly", daysAfterMonday(7));
        history.addTouchpoint(TEAM, acme, ALICE, "logged late, happened earlier", daysAfterMonday(3));
        history.addTouchpoint(TEAM, globex, ALICE, "intro", daysAfterMonday(1));
        history.addTouchpoint(OTHER_TEAM, otherTeamsClient, ALICE, "their call", daysAfterMonday(30));

        assertThat(portfolio.lastContactByClient(TEAM))
                .containsExactlyInAnyOrderEntriesOf(Map.of(acme, daysAfterMonday(7), globex, daysAfterMonday(1)));
    }

    @Test
    void aClientNeverContactedHasNoLastContact() {
        history.addTouchpoint(TEAM, acme, ALICE, "kick-off", MONDAY);

        assertThat(portfolio.lastContactByClient(TEAM)).containsOnlyKeys(acme);
    }

    @Test
    void anInstantKeepsItsMicrosecondsWhateverTheTimeZone() {
        Instant precise = Instant.parse("2025-10-26T01:30:00.123456Z"); // the night clocks go back in Europe

        history.addTouchpoint(TEAM, acme, ALICE, "late call", precise);

        assertThat(history.recentTouchpoints(TEAM, acme, 1).get(0).occurredAt()).isEqualTo(precise);
        assertThat(portfolio.lastContactByClient(TEAM).get(acme)).isEqualTo(precise);
    }

    @Test
    void textThatLooksLikeSqlIsStoredVerbatim() {
        String nasty = "Robert'); DROP TABLE clients; -- :team \\ ? $1 « café » 🎉\nsecond line";

        history.addTouchpoint(TEAM, acme, ALICE, nasty, MONDAY);
        history.addFollowUp(TEAM, acme, ALICE, nasty, null);
        history.addNps(TEAM, acme, 7, nasty, ALICE, MONDAY);

        assertThat(history.recentTouchpoints(TEAM, acme, 1).get(0).text()).isEqualTo(nasty);
        assertThat(history.openFollowUps(TEAM, acme).get(0).text()).isEqualTo(nasty);
        assertThat(history.npsSince(TEAM, acme, MONDAY).get(0).comment()).isEqualTo(nasty);
        assertThat(new ClientRepository(handle).all(TEAM)).hasSize(2);
    }

    @Test
    void emptyTextIsRefusedByTheDatabase() {
        assertThat(sqlState(catchThrowable(() -> history.addTouchpoint(TEAM, acme, ALICE, "", MONDAY))))
                .isEqualTo(CHECK_VIOLATION);
    }

    // ---- follow-ups -------------------------------------------------------------------------

    @Test
    void aNewFollowUpIsOpenWithItsDueDate() {
        FollowUp added = history.addFollowUp(TEAM, acme, ALICE, "Send the audit", LocalDate.of(2025, 3, 10));

        assertThat(added.status()).isEqualTo(FollowUp.Status.OPEN);
        assertThat(added.dueOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(added.createdAt()).isNotNull();
        assertThat(history.openFollowUps(TEAM, acme)).containsExactly(added);
    }

    @Test
    void openFollowUpsAreSoonestDueFirstAndUndatedLast() {
        FollowUp undated = history.addFollowUp(TEAM, acme, ALICE, "someday", null);
        FollowUp later = history.addFollowUp(TEAM, acme, ALICE, "later", LocalDate.of(2025, 4, 1));
        FollowUp sooner = history.addFollowUp(TEAM, acme, ALICE, "sooner", LocalDate.of(2025, 3, 5));
        FollowUp alsoUndated = history.addFollowUp(TEAM, acme, ALICE, "someday too", null);
        FollowUp sameDay = history.addFollowUp(TEAM, acme, ALICE, "sooner too", LocalDate.of(2025, 3, 5));

        assertThat(history.openFollowUps(TEAM, acme)).containsExactly(sooner, sameDay, later, undated, alsoUndated);
    }

    @Test
    void aClosedFollowUpIsNoLongerOpen() {
        FollowUp done = history.addFollowUp(TEAM, acme, ALICE, "Send the audit", null);
        FollowUp kept = history.addFollowUp(TEAM, acme, ALICE, "Book the review", null);

        assertThat(history.closeFollowUp(TEAM, done.id(), FollowUp.Status.DONE, BOB)).isTrue();

        assertThat(history.openFollowUps(TEAM, acme)).containsExactly(kept);
        Map<String, Object> row = handle.createQuery("SELECT status, closed_by, closed_at FROM follow_ups WHERE id = :id")
                .bind("id", done.id())
                .mapToMap()
                .one();
        assertThat(row).containsEntry("status", "done").containsEntry("closed_by", BOB);
        assertThat(row.get("closed_at")).isNotNull();
    }

    @Test
    void aFollowUpIsClosedOnlyOnce() {
        FollowUp followUp = history.addFollowUp(TEAM, acme, ALICE, "Send the audit", null);

        assertThat(history.closeFollowUp(TEAM, followUp.id(), FollowUp.Status.CANCELLED, ALICE)).isTrue();
        assertThat(history.closeFollowUp(TEAM, followUp.id(), FollowUp.Status.DONE, BOB)).isFalse();

        String status = handle.createQuery("SELECT status || ' by ' || closed_by FROM follow_ups WHERE id = :id")
                .bind("id", followUp.id())
                .mapTo(String.class)
                .one();
        assertThat(status).isEqualTo("cancelled by " + ALICE);
    }

    @Test
    void closingAFollowUpThatDoesNotExistSaysSo() {
        assertThat(history.closeFollowUp(TEAM, 999_999, FollowUp.Status.DONE, BOB)).isFalse();
    }

    @Test
    void aFollowUpCannotBeClosedAsOpen() {
        FollowUp followUp = history.addFollowUp(TEAM, acme, ALICE, "Send the audit", null);

        assertThatThrownBy(() -> history.closeFollowUp(TEAM, followUp.id(), FollowUp.Status.OPEN, BOB))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherWorkspaceCannotCloseOurFollowUp() {
        FollowUp ours = history.addFollowUp(TEAM, acme, ALICE, "Send the audit", null);

        assertThat(history.closeFollowUp(OTHER_TEAM, ours.id(), FollowUp.Status.DONE, BOB)).isFalse();

        assertThat(history.openFollowUps(TEAM, acme)).containsExactly(ours);
    }

    @Test
    void theTeamsOpenFollowUpsSpanItsClientsOnly() {
        FollowUp acmes = history.addFollowUp(TEAM, acme, ALICE, "for Acme", LocalDate.of(2025, 3, 9));
        FollowUp globexs = history.addFollowUp(TEAM, globex, ALICE, "for Globex", LocalDate.of(2025, 3, 1));
        FollowUp closed = history.addFollowUp(TEAM, globex, ALICE, "done already", null);
        history.closeFollowUp(TEAM, closed.id(), FollowUp.Status.DONE, ALICE);
        history.addFollowUp(OTHER_TEAM, otherTeamsClient, ALICE, "theirs", null);

        assertThat(portfolio.openFollowUpsOfTeam(TEAM)).containsExactlyInAnyOrder(acmes, globexs);
    }

    // ---- struggles --------------------------------------------------------------------------

    @Test
    void openStrugglesAreOldestFirst() {
        Struggle newer = history.addStruggle(TEAM, acme, ALICE, "exports by hand", daysAfterMonday(4));
        Struggle older = history.addStruggle(TEAM, acme, BOB, "two logins", daysAfterMonday(1));

        assertThat(older.status()).isEqualTo(Struggle.Status.OPEN);
        assertThat(history.openStruggles(TEAM, acme)).containsExactly(older, newer);
    }

    @Test
    void aRemovedOrKeptStruggleIsNoLongerOpen() {
        Struggle removed = history.addStruggle(TEAM, acme, ALICE, "exports by hand", daysAfterMonday(1));
        Struggle kept = history.addStruggle(TEAM, acme, ALICE, "two logins", daysAfterMonday(2));
        Struggle open = history.addStruggle(TEAM, acme, ALICE, "slow reports", daysAfterMonday(3));

        assertThat(history.closeStruggle(TEAM, removed.id(), Struggle.Status.REMOVED, BOB)).isTrue();
        assertThat(history.closeStruggle(TEAM, kept.id(), Struggle.Status.KEPT, BOB)).isTrue();
        assertThat(history.closeStruggle(TEAM, kept.id(), Struggle.Status.REMOVED, BOB)).isFalse();

        assertThat(history.openStruggles(TEAM, acme)).containsExactly(open);
        assertThat(handle.createQuery("SELECT status FROM struggles WHERE closed_by = :by ORDER BY id")
                .bind("by", BOB)
                .mapTo(String.class)
                .list()).containsExactly("removed", "kept");
    }

    @Test
    void anotherWorkspaceCannotCloseOurStruggle() {
        Struggle ours = history.addStruggle(TEAM, acme, ALICE, "exports by hand", MONDAY);

        assertThat(history.closeStruggle(OTHER_TEAM, ours.id(), Struggle.Status.REMOVED, BOB)).isFalse();
        assertThatThrownBy(() -> history.closeStruggle(TEAM, ours.id(), Struggle.Status.OPEN, BOB))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(history.openStruggles(TEAM, acme)).containsExactly(ours);
    }

    // ---- NPS --------------------------------------------------------------------------------

    @Test
    void npsAnswersSinceADateAreNewestFirst() {
        history.addNps(TEAM, acme, 3, "too old to count", ALICE, daysAfterMonday(-1));
        NpsAnswer atTheLimit = history.addNps(TEAM, acme, 9, null, ALICE, MONDAY);
        NpsAnswer latest = history.addNps(TEAM, acme, 6, "slow support", BOB, daysAfterMonday(20));
        history.addNps(TEAM, globex, 10, "another client", ALICE, daysAfterMonday(5));

        assertThat(history.npsSince(TEAM, acme, MONDAY)).containsExactly(latest, atTheLimit);
        assertThat(latest).isEqualTo(new NpsAnswer(latest.id(), acme, 6, "slow support", BOB, daysAfterMonday(20)));
        assertThat(atTheLimit.comment()).isNull();
    }

    @Test
    void aScoreOutsideZeroToTenIsRefusedBeforeTheDatabase() {
        assertThatThrownBy(() -> history.addNps(TEAM, acme, 11, null, ALICE, MONDAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11");
        assertThatThrownBy(() -> history.addNps(TEAM, acme, -1, null, ALICE, MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoreOutsideZeroToTenIsRefusedByTheDatabaseToo() {
        for (int score : new int[] {-1, 11}) {
            Throwable refused = catchThrowable(() -> handle.createUpdate("INSERT INTO nps_answers (team_id, client_id, score, "
                            + "recorded_by) VALUES (:team, :client, :score, :by)")
                    .bind("team", TEAM)
                    .bind("client", acme)
                    .bind("score", score)
                    .bind("by", ALICE)
                    .execute());

            assertThat(sqlState(refused)).as("score %d", score).isEqualTo(CHECK_VIOLATION);
        }
        assertThat(history.npsSince(TEAM, acme, Instant.EPOCH)).isEmpty();
    }

    // ---- free work and incidents ------------------------------------------------------------

    @Test
    void freeWorkKeepsItsHoursToTheHundredthAndItsKind() {
        history.addFreeWork(TEAM, acme, new BigDecimal("9"), FreeWork.Kind.SECRET, "too old", ALICE, daysAfterMonday(-10));
        FreeWork strategic = history.addFreeWork(TEAM, acme, new BigDecimal("1.5"), FreeWork.Kind.STRATEGIC, "extra audit",
                ALICE, daysAfterMonday(1));
        FreeWork secret = history.addFreeWork(TEAM, acme, new BigDecimal("0.25"), FreeWork.Kind.SECRET, "quick fix", BOB,
                daysAfterMonday(2));

        assertThat(strategic.hours()).isEqualTo(new BigDecimal("1.50"));
        assertThat(history.freeWorkSince(TEAM, acme, MONDAY)).containsExactly(secret, strategic);
        assertThat(secret.kind()).isEqualTo(FreeWork.Kind.SECRET);
        assertThat(handle.createQuery("SELECT kind FROM free_work WHERE id = :id").bind("id", secret.id())
                .mapTo(String.class).one()).isEqualTo("secret");
    }

    @Test
    void zeroHoursOfFreeWorkIsRefusedByTheDatabase() {
        Throwable refused = catchThrowable(() ->
                history.addFreeWork(TEAM, acme, BigDecimal.ZERO, FreeWork.Kind.STRATEGIC, "nothing", ALICE, MONDAY));

        assertThat(sqlState(refused)).isEqualTo(CHECK_VIOLATION);
    }

    @Test
    void incidentsSinceADateAreNewestFirst() {
        history.addIncident(TEAM, acme, "too old", ALICE, daysAfterMonday(-1));
        Incident first = history.addIncident(TEAM, acme, "shouted at Bob", ALICE, daysAfterMonday(1));
        Incident second = history.addIncident(TEAM, acme, "asked for free weekend work", BOB, daysAfterMonday(8));

        assertThat(history.incidentsSince(TEAM, acme, MONDAY)).containsExactly(second, first);
        assertThat(first).isEqualTo(new Incident(first.id(), acme, "shouted at Bob", ALICE, daysAfterMonday(1)));
    }

    // ---- prompt responses -------------------------------------------------------------------

    @Test
    void aSnoozedResponseKeepsItsDate() {
        PromptResponse snoozed = new PromptResponse(acme, "anticipation:renewal-prep", PromptKind.ANTICIPATION,
                PromptResponse.Response.SNOOZED, LocalDate.of(2025, 3, 17), ALICE, MONDAY);

        history.recordResponse(TEAM, snoozed, "C0ACME", "1740990900.000100");

        assertThat(history.responses(TEAM, acme)).containsExactly(snoozed);
        Map<String, Object> message = handle.createQuery("SELECT channel_id, message_ts FROM prompt_responses")
                .mapToMap()
                .one();
        assertThat(message).containsEntry("channel_id", "C0ACME").containsEntry("message_ts", "1740990900.000100");
    }

    @Test
    void responsesAreOldestFirstWithTheirKindAndResponse() {
        PromptResponse later = new PromptResponse(acme, "struggle:42", PromptKind.STRUGGLE, PromptResponse.Response.KEPT,
                null, BOB, daysAfterMonday(2));
        PromptResponse earlier = new PromptResponse(acme, "follow_up:7", PromptKind.FOLLOW_UP,
                PromptResponse.Response.NOT_RELEVANT, null, ALICE, daysAfterMonday(1));

        history.recordResponse(TEAM, later, null, null);
        history.recordResponse(TEAM, earlier, null, null);

        assertThat(history.responses(TEAM, acme)).containsExactly(earlier, later);
        assertThat(handle.createQuery("SELECT prompt_kind || '/' || response FROM prompt_responses ORDER BY responded_at")
                .mapTo(String.class).list()).containsExactly("follow_up/not_relevant", "struggle/kept");
    }

    @Test
    void aResponseToEveryKindOfPromptIsStoredTheSchemasListOfKindsHoldsThemAll() {
        for (PromptKind kind : PromptKind.values()) {
            history.recordResponse(TEAM, new PromptResponse(acme, kind.code() + ":1", kind, PromptResponse.Response.DONE, null,
                    ALICE, MONDAY), null, null);
        }

        assertThat(history.responses(TEAM, acme)).extracting(PromptResponse::kind).containsExactlyInAnyOrder(PromptKind.values());
    }

    @Test
    void aResponseWithoutATimeIsStampedNow() {
        Instant before = Instant.now().minusSeconds(60);

        history.recordResponse(TEAM, new PromptResponse(acme, "tip:faq", PromptKind.TIP, PromptResponse.Response.SHARED,
                null, ALICE, null), null, null);

        assertThat(history.responses(TEAM, acme).get(0).respondedAt()).isAfter(before);
    }

    @Test
    void aSnoozeWithoutADateIsRefusedByTheDatabase() {
        PromptResponse undated = new PromptResponse(acme, "tip:faq", PromptKind.TIP, PromptResponse.Response.SNOOZED,
                null, ALICE, MONDAY);

        assertThat(sqlState(catchThrowable(() -> history.recordResponse(TEAM, undated, null, null))))
                .isEqualTo(CHECK_VIOLATION);
    }

    // ---- the client's stage -----------------------------------------------------------------

    @Test
    void aClientIsInItsStageSinceItWasAddedOrItsStageChangedWhicheverIsLater() {
        LocalDate today = handle.createQuery("SELECT CURRENT_DATE").mapTo(LocalDate.class).one();
        assertThat(history.inStageSince(TEAM, acme)).isEqualTo(today);

        handle.execute("UPDATE clients SET stage_changed_on = DATE '2024-11-05' WHERE id = ?", acme);
        assertThat(history.inStageSince(TEAM, acme)).isEqualTo(today);

        handle.execute("UPDATE clients SET stage_changed_on = ? WHERE id = ?", today.plusDays(3), acme);
        assertThat(history.inStageSince(TEAM, acme)).isEqualTo(today.plusDays(3));
    }

    @Test
    void aClientIsAddedInItsStageSinceItsStartDateWhichIsNoChangeOfStage() {
        ClientRepository clients = new ClientRepository(handle);
        long started = clients.insert(TEAM, new Client(Client.NEW, "Initech", List.of(), null, List.of(), null, Stage.ONBOARDING,
                LocalDate.of(2025, 3, 1), null, BigDecimal.ZERO, null)).id();

        assertThat(history.cardFacts(TEAM, started, windows()).stageChangedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(history.cardFacts(TEAM, acme, windows()).stageChangedOn()).isNull();

        Client moved = clients.byId(TEAM, started).orElseThrow();
        clients.update(TEAM, new Client(started, "Initech", List.of(), null, List.of(), null, Stage.ACTIVE, moved.startDate(), null,
                BigDecimal.ZERO, null));
        assertThat(history.cardFacts(TEAM, started, windows()).stageChangedOn())
                .isEqualTo(handle.createQuery("SELECT CURRENT_DATE").mapTo(LocalDate.class).one());
    }

    @Test
    void anotherWorkspacesClientHasNoStageForUs() {
        assertThatThrownBy(() -> history.inStageSince(TEAM, otherTeamsClient)).isInstanceOf(NoSuchElementException.class);
    }

    // ---- one client's card, in one round trip -------------------------------------------------

    @Test
    void theCardsFactsAreWhatTheSingleReadsGive() {
        history.addTouchpoint(TEAM, acme, ALICE, "first call", MONDAY);
        history.addTouchpoint(TEAM, acme, ALICE, "second call", daysAfterMonday(2));
        history.addTouchpoint(TEAM, globex, ALICE, "globex call", daysAfterMonday(5));
        history.addFollowUp(TEAM, acme, ALICE, "send the deck", LocalDate.of(2025, 3, 10));
        history.addFollowUp(TEAM, acme, BOB, "call back", null);
        history.addStruggle(TEAM, acme, ALICE, "exports by hand", MONDAY);
        history.addNps(TEAM, acme, 4, "too slow", ALICE, daysAfterMonday(-30));
        history.addNps(TEAM, acme, 9, null, ALICE, daysAfterMonday(1));
        history.recordResponse(TEAM, new PromptResponse(acme, "tip:faq", PromptKind.TIP, PromptResponse.Response.DONE,
                null, ALICE, MONDAY), null, null);
        history.addIncident(TEAM, acme, "shouted", ALICE, daysAfterMonday(-100));
        history.addIncident(TEAM, acme, "threatened", ALICE, daysAfterMonday(-10));

        HistoryRepository.CardFacts facts = history.cardFacts(TEAM, acme, windows());

        Instant since = daysAfterMonday(-90);
        assertThat(facts).isEqualTo(new HistoryRepository.CardFacts(null, history.inStageSince(TEAM, acme),
                history.recentTouchpoints(TEAM, acme, 1).get(0), history.openFollowUps(TEAM, acme),
                history.openStruggles(TEAM, acme), history.npsSince(TEAM, acme, MONDAY), history.responses(TEAM, acme),
                history.incidentsSince(TEAM, acme, since), new PortfolioRepository(handle).engagementSince(TEAM, acme, since),
                DailyScores.NONE, List.of()));
        assertThat(facts.openFollowUps()).hasSize(2);
        assertThat(facts.recentNps()).extracting(NpsAnswer::score).containsExactly(9);
        assertThat(facts.incidents()).extracting(Incident::text).containsExactly("threatened");
        assertThat(facts.engagement()).isEqualTo(new PortfolioRepository.Engagement(1, 0));
    }

    @Test
    void theCardsFactsHoldTheClientsMeetingsNotCancelledThatOverlapTheWindowSoonestFirst() {
        new MeetingRepository(handle).save(TEAM, "file", List.of(
                meeting(acme, "weekly sync", daysAfterMonday(7), false),
                meeting(acme, "QBR", daysAfterMonday(2), false),
                meeting(acme, "still going at the start", MONDAY.minus(30, ChronoUnit.MINUTES), false),
                meeting(acme, "over before the start", daysAfterMonday(-1), false),
                meeting(acme, "cancelled", daysAfterMonday(3), true),
                meeting(acme, "after the window", daysAfterMonday(15), false),
                meeting(globex, "another client's", daysAfterMonday(2), false)), false, MONDAY);

        HistoryRepository.CardFacts facts = history.cardFacts(TEAM, acme, windows());

        assertThat(facts.meetings()).extracting(Meeting::title).containsExactly("still going at the start", "QBR", "weekly sync");
        assertThat(facts.meetings().get(1)).isEqualTo(new Meeting(facts.meetings().get(1).id(), acme, "QBR", daysAfterMonday(2),
                daysAfterMonday(2).plus(1, ChronoUnit.HOURS)));
    }

    private static ClientMeeting meeting(long clientId, String title, Instant start, boolean cancelled) {
        return new ClientMeeting(clientId, title, title, start, start.plus(1, ChronoUnit.HOURS), cancelled);
    }

    @Test
    void aClientWithNoHistoryHasBareCardFacts() {
        assertThat(history.cardFacts(TEAM, globex, windows())).isEqualTo(new HistoryRepository.CardFacts(null,
                history.inStageSince(TEAM, globex), null, List.of(), List.of(), List.of(), List.of(), List.of(),
                PortfolioRepository.Engagement.NONE, DailyScores.NONE, List.of()));
    }

    @Test
    void anotherWorkspacesClientHasNoCardFactsForUs() {
        assertThatThrownBy(() -> history.cardFacts(TEAM, otherTeamsClient, windows())).isInstanceOf(NoSuchElementException.class);
    }

    /**
     * NPS from Monday on; incidents and reminders from 90 days before it; scores from February, before Monday;
     * meetings from Monday for 15 days.
     */
    private static HistoryRepository.CardWindows windows() {
        Instant since = daysAfterMonday(-90);
        return new HistoryRepository.CardWindows(MONDAY, since, since, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 3),
                MONDAY, daysAfterMonday(15));
    }

    @Test
    void theCardReadsTheStoredScoresFromTheLastOneThatWasNotRed() {
        handle.execute("INSERT INTO health_snapshots (team_id, client_id, taken_on, score, parts) VALUES "
                + "(?, ?, DATE '2025-01-20', 10, '{}'), (?, ?, DATE '2025-02-10', 30, '{}'), (?, ?, DATE '2025-02-20', 45, '{}'), "
                + "(?, ?, DATE '2025-02-25', 35, '{}'), (?, ?, DATE '2025-03-02', 20, '{}'), (?, ?, DATE '2025-03-03', 90, '{}'), "
                + "(?, ?, DATE '2025-02-15', 20, '{}')",
                TEAM, acme, TEAM, acme, TEAM, acme, TEAM, acme, TEAM, acme, TEAM, acme, TEAM, globex);

        assertThat(history.cardFacts(TEAM, acme, windows()).lastRedRun().asList()).extracting(DailyScore::day).containsExactly(
                LocalDate.of(2025, 2, 20), LocalDate.of(2025, 2, 25), LocalDate.of(2025, 3, 2));
        assertThat(history.cardFacts(TEAM, globex, windows()).lastRedRun().asList()).extracting(DailyScore::day)
                .containsExactly(LocalDate.of(2025, 2, 15));
    }

    // ---- workspaces never mix ---------------------------------------------------------------

    @Test
    void rowsOfOneWorkspaceAreInvisibleToAnother() {
        history.addTouchpoint(TEAM, acme, ALICE, "call", MONDAY);
        history.addFollowUp(TEAM, acme, ALICE, "promise", null);
        history.addStruggle(TEAM, acme, ALICE, "friction", MONDAY);
        history.addNps(TEAM, acme, 8, null, ALICE, MONDAY);
        history.addFreeWork(TEAM, acme, BigDecimal.ONE, FreeWork.Kind.STRATEGIC, "gift", ALICE, MONDAY);
        history.addIncident(TEAM, acme, "rude", ALICE, MONDAY);
        history.recordResponse(TEAM, new PromptResponse(acme, "tip:faq", PromptKind.TIP, PromptResponse.Response.DONE,
                null, ALICE, MONDAY), null, null);

        assertThat(history.recentTouchpoints(OTHER_TEAM, acme, 10)).isEmpty();
        assertThat(portfolio.lastContactByClient(OTHER_TEAM)).isEmpty();
        assertThat(history.openFollowUps(OTHER_TEAM, acme)).isEmpty();
        assertThat(portfolio.openFollowUpsOfTeam(OTHER_TEAM)).isEmpty();
        assertThat(history.openStruggles(OTHER_TEAM, acme)).isEmpty();
        assertThat(history.npsSince(OTHER_TEAM, acme, Instant.EPOCH)).isEmpty();
        assertThat(history.freeWorkSince(OTHER_TEAM, acme, Instant.EPOCH)).isEmpty();
        assertThat(history.incidentsSince(OTHER_TEAM, acme, Instant.EPOCH)).isEmpty();
        assertThat(history.responses(OTHER_TEAM, acme)).isEmpty();
        assertThatThrownBy(() -> history.inStageSince(OTHER_TEAM, acme)).isInstanceOf(NoSuchElementException.class);

        assertThat(history.recentTouchpoints(TEAM, acme, 10)).hasSize(1);
        assertThat(history.responses(TEAM, acme)).hasSize(1);
    }

    @Test
    void aClientOfAnotherWorkspaceCannotBeWrittenTo() {
        long theirs = otherTeamsClient;
        List<Consumer<HistoryRepository>> writes = List.of(
                h -> h.addTouchpoint(TEAM, theirs, ALICE, "call", MONDAY),
                h -> h.addFollowUp(TEAM, theirs, ALICE, "promise", null),
                h -> h.addStruggle(TEAM, theirs, ALICE, "friction", MONDAY),
                h -> h.addNps(TEAM, theirs, 8, null, ALICE, MONDAY),
                h -> h.addFreeWork(TEAM, theirs, BigDecimal.ONE, FreeWork.Kind.SECRET, "gift", ALICE, MONDAY),
                h -> h.addIncident(TEAM, theirs, "rude", ALICE, MONDAY),
                h -> h.recordResponse(TEAM, new PromptResponse(theirs, "tip:faq", PromptKind.TIP,
                        PromptResponse.Response.DONE, null, ALICE, MONDAY), null, null));

        for (int i = 0; i < writes.size(); i++) {
            Consumer<HistoryRepository> write = writes.get(i);
            assertThat(sqlState(catchThrowable(() -> write.accept(history)))).as("write #%d", i).isEqualTo(FOREIGN_KEY_VIOLATION);
        }
        int rows = handle.createQuery("SELECT (SELECT count(*) FROM touchpoints) + (SELECT count(*) FROM follow_ups) "
                        + "+ (SELECT count(*) FROM struggles) + (SELECT count(*) FROM nps_answers) + (SELECT count(*) FROM free_work) "
                        + "+ (SELECT count(*) FROM incidents) + (SELECT count(*) FROM prompt_responses)")
                .mapTo(Integer.class)
                .one();
        assertThat(rows).isZero();
    }

    @Test
    void aDeletedClientTakesItsHistoryWithIt() {
        history.addTouchpoint(TEAM, acme, ALICE, "call", MONDAY);
        history.addFollowUp(TEAM, acme, ALICE, "promise", null);

        handle.execute("DELETE FROM clients WHERE team_id = ? AND id = ?", TEAM, acme);

        assertThat(portfolio.lastContactByClient(TEAM)).isEmpty();
        assertThat(portfolio.openFollowUpsOfTeam(TEAM)).isEmpty();
    }

    /** The SQLSTATE of the database error behind {@code thrown}, or null when there is none. */
    private static String sqlState(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
