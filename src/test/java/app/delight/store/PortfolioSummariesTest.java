package app.delight.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.config.DatabaseUrl;
import app.delight.domain.Client;
import app.delight.domain.PromptKind;
import app.delight.domain.PromptResponse;
import app.delight.domain.Stage;
import app.delight.support.TestPostgres;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portfolio reads each client's last contact and its delivered prompts from summaries the
 * database keeps with triggers: whatever happens to the rows beneath, they say what a full read of
 * those rows would.
 */
class PortfolioSummariesTest {
    private static final String TEAM = "T0SUMMARY1";
    private static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
    private static Database database;

    private Handle handle;
    private HistoryRepository history;
    private PortfolioRepository portfolio;
    private long acme;
    private long globex;

    @BeforeAll
    static void createDatabase() {
        database = Database.connect(DatabaseUrl.parse("DATABASE_URL", TestPostgres.newDatabase("portfolio_summaries")));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void twoClients() {
        handle = database.jdbi().open();
        handle.execute("DELETE FROM clients");
        acme = insertClient(TEAM, "Acme");
        globex = insertClient(TEAM, "Globex");
        history = new HistoryRepository(handle);
        portfolio = new PortfolioRepository(handle);
    }

    @AfterEach
    void closeHandle() {
        handle.close();
    }

    private long insertClient(String team, String name) {
        return new ClientRepository(handle).insert(team, new Client(Client.NEW, name, List.of(), null, List.of(), null,
                Stage.ACTIVE, null, null, BigDecimal.ONE, null)).id();
    }

    private static Instant day(int n) {
        return MONDAY.plus(n, ChronoUnit.DAYS);
    }

    /** What the summary stands for: the latest touchpoint of each client, read from all of them. */
    private Map<Long, Instant> lastContactReadInFull(String team) {
        return handle.createQuery("SELECT client_id, max(occurred_at) AS last FROM touchpoints WHERE team_id = :team GROUP BY client_id")
                .bind("team", team)
                .setMapKeyColumn("client_id").setMapValueColumn("last")
                .collectInto(new org.jdbi.v3.core.generic.GenericType<Map<Long, java.time.OffsetDateTime>>() {})
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toInstant()));
    }

    @Test
    void theLastContactIsTheLatestTouchpointWhateverOrderTheyAreLoggedIn() {
        history.addTouchpoint(TEAM, acme, "U1", "second", day(2));
        history.addTouchpoint(TEAM, acme, "U1", "first", day(1));
        history.addTouchpoint(TEAM, globex, "U1", "only", day(5));

        assertThat(portfolio.lastContactByClient(TEAM)).isEqualTo(Map.of(acme, day(2), globex, day(5)))
                .isEqualTo(lastContactReadInFull(TEAM));
    }

    @Test
    void touchpointsWrittenInOneStatementCountToo() {
        handle.execute("INSERT INTO touchpoints (team_id, client_id, author_id, text, occurred_at) "
                + "SELECT ?, ?, 'U1', 'bulk', ?::timestamptz + g * interval '1 hour' FROM generate_series(1, 50) g", TEAM, acme,
                MONDAY.toString());

        assertThat(portfolio.lastContactByClient(TEAM)).isEqualTo(Map.of(acme, MONDAY.plus(50, ChronoUnit.HOURS)));
    }

    @Test
    void deletingTheLatestTouchpointFallsBackToTheOneBefore() {
        history.addTouchpoint(TEAM, acme, "U1", "first", day(1));
        long latest = history.addTouchpoint(TEAM, acme, "U1", "second", day(2)).id();
        long only = history.addTouchpoint(TEAM, globex, "U1", "only", day(3)).id();

        handle.execute("DELETE FROM touchpoints WHERE id IN (?, ?)", latest, only);

        assertThat(portfolio.lastContactByClient(TEAM)).isEqualTo(Map.of(acme, day(1))).isEqualTo(lastContactReadInFull(TEAM));
    }

    @Test
    void aDeletedClientTakesItsLastContactWithIt() {
        history.addTouchpoint(TEAM, acme, "U1", "call", day(1));

        handle.execute("DELETE FROM clients WHERE id = ?", acme);

        assertThat(portfolio.lastContactByClient(TEAM)).isEmpty();
        assertThat(handle.createQuery("SELECT count(*) FROM client_last_contacts").mapTo(Integer.class).one()).isZero();
    }

    @Test
    void summariesMoveWithTheirClientToTheWorkspace() {
        long local = insertClient(Workspaces.LOCAL, "Initech");
        history.addTouchpoint(Workspaces.LOCAL, local, "U1", "call", day(1));
        deliver(Workspaces.LOCAL, local, day(1), "tip:faq");

        assertThat(new Workspaces(database.store()).adoptLocalData(TEAM)).isEqualTo(1);

        assertThat(portfolio.lastContactByClient(TEAM)).containsEntry(local, day(1));
        assertThat(portfolio.lastContactByClient(Workspaces.LOCAL)).isEmpty();
        assertThat(engagement(TEAM, day(0))).containsEntry(local, new PortfolioRepository.Engagement(0, 1));
    }

    // ---- delivered prompts ----------------------------------------------------------------------

    /** A digest for the client, queued and claimed as the delivery does; its outbox id. */
    private long claimedDigest(String team, long client, LocalDate date, String... promptKeys) {
        OutboxRepository outbox = new OutboxRepository(handle);
        outbox.enqueue(team, List.of(new OutboxRepository.Entry(client, "C0" + client, date, "digest", List.of(promptKeys),
                "{\"text\":\"digest\"}", null)));
        long id = outbox.forDate(team, date).stream().filter(row -> row.clientId() == client).findFirst().orElseThrow().id();
        assertThat(outbox.claim(id)).isPresent();
        return id;
    }

    /** A digest for the client, claimed, then marked sent as {@code markSent} would at {@code at}. */
    private void deliver(String team, long client, Instant at, String... promptKeys) {
        long id = claimedDigest(team, client, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), promptKeys);
        handle.execute("UPDATE nudge_outbox SET status = 'sent', message_ts = '1700000000.000100', sent_at = ?::timestamptz "
                + "WHERE id = ?", at.toString(), id);
    }

    private Map<Long, PortfolioRepository.Engagement> engagement(String team, Instant since) {
        return new PortfolioRepository(handle).engagementSince(team, since);
    }

    private void answer(long client, String promptKey, Instant at) {
        history.recordResponse(TEAM, new PromptResponse(client, promptKey, PromptKind.TIP, PromptResponse.Response.DONE, null,
                "U1", at), null, null);
    }

    @Test
    void oneClientsEngagementIsItsOwnPartOfTheTeams() {
        long initech = insertClient(TEAM, "Initech");
        deliver(TEAM, acme, day(1), "tip:faq", "surprise:cake");
        answer(acme, "surprise:cake", day(2));
        deliver(TEAM, initech, day(1), "tip:backup");

        assertThat(portfolio.engagementSince(TEAM, acme, day(0))).isEqualTo(new PortfolioRepository.Engagement(1, 1));
        assertThat(portfolio.engagementSince(TEAM, initech, day(0))).isEqualTo(new PortfolioRepository.Engagement(0, 1));
        assertThat(portfolio.engagementSince(TEAM, initech, day(2))).isEqualTo(PortfolioRepository.Engagement.NONE);
    }

    @Test
    void promptsDeliveredAndNeverAnsweredAreIgnored() {
        deliver(TEAM, acme, day(1), "tip:faq", "surprise:cake");
        deliver(TEAM, acme, day(2), "tip:faq", "surprise:flowers");
        answer(acme, "surprise:cake", day(3));

        assertThat(engagement(TEAM, day(0))).isEqualTo(Map.of(acme, new PortfolioRepository.Engagement(1, 2)));
    }

    @Test
    void aPromptAnsweredOnItsCardBeforeADigestDeliveredItIsNotIgnored() {
        answer(acme, "tip:faq", day(1));
        deliver(TEAM, acme, day(2), "tip:faq", "tip:backup");

        assertThat(engagement(TEAM, day(0))).isEqualTo(Map.of(acme, new PortfolioRepository.Engagement(1, 1)));
    }

    @Test
    void aPromptDeliveredOnlyBeforeThePeriodIsNotIgnoredInIt() {
        deliver(TEAM, acme, day(1), "tip:faq");
        deliver(TEAM, globex, day(10), "tip:faq");

        assertThat(engagement(TEAM, day(5))).isEqualTo(Map.of(globex, new PortfolioRepository.Engagement(0, 1)));
    }

    @Test
    void anAnswerGivenWhileItsDigestIsBeingMarkedSentStillCounts() throws Exception {
        long id = claimedDigest(TEAM, acme, LocalDate.of(2025, 3, 4), "tip:faq");
        try (Handle delivery = database.jdbi().open()) {
            delivery.begin();
            new OutboxRepository(delivery).markSent(id, "1700000000.000100");
            // The click lands before the delivery commits: its trigger must wait, then see the delivery.
            Thread click = new Thread(() -> database.jdbi().useHandle(other -> new HistoryRepository(other).recordResponse(TEAM,
                    new PromptResponse(acme, "tip:faq", PromptKind.TIP, PromptResponse.Response.DONE, null, "U1", Instant.now()),
                    null, null)));
            click.start();
            click.join(300);
            delivery.commit();
            click.join(10_000);
        }

        assertThat(engagement(TEAM, Instant.now().minusSeconds(600))).isEqualTo(Map.of(acme, new PortfolioRepository.Engagement(1, 0)));
    }

    @Test
    void markSentRecordsTheDeliveryAtOnce() {
        long id = claimedDigest(TEAM, acme, LocalDate.of(2025, 3, 4), "tip:faq");
        Instant before = Instant.now().minusSeconds(60);

        new OutboxRepository(handle).markSent(id, "1700000000.000100");

        assertThat(engagement(TEAM, before)).isEqualTo(Map.of(acme, new PortfolioRepository.Engagement(0, 1)));
    }

    @Test
    void aMessageNotYetSentDeliversNothing() {
        long id = claimedDigest(TEAM, acme, LocalDate.of(2025, 3, 4), "tip:faq");

        new OutboxRepository(handle).markFailed(id, "channel_not_found");

        assertThat(engagement(TEAM, day(0))).isEmpty();
    }
}
