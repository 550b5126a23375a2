package app.delight.clients;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.config.DatabaseUrl;
import app.delight.demo.DemoData;
import app.delight.demo.DemoLoader;
import app.delight.domain.Client;
import app.delight.domain.HealthColour;
import app.delight.domain.PromptKind;
import app.delight.domain.PromptResponse;
import app.delight.engine.health.ClientHealth;
import app.delight.engine.health.Part;
import app.delight.playbook.PlaybookLoader;
import app.delight.store.ClientRepository;
import app.delight.store.Database;
import app.delight.store.HistoryRepository;
import app.delight.support.MutableClock;
import app.delight.support.RunningDelight;
import app.delight.support.TestData;
import app.delight.support.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One client's detail scores as the portfolio does; the portfolio keeps the past scores it read, and
 * a new day adds the scores stored since, as a full read would.
 */
class HealthReportsTest {
    private static final String TEAM = RunningDelight.TEAM_ID;
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Database database;
    private MutableClock clock;
    private HealthReports reports;
    private Client northwind;

    @BeforeEach
    void start() {
        String url = TestPostgres.newDatabase("health_reports");
        TestData.importClients(url, "five-clients.csv");
        database = Database.connect(DatabaseUrl.parse("DATABASE_URL", url));
        clock = new MutableClock(MONDAY);
        reports = new HealthReports(database.store(), new ClientDirectory(database.store()), PlaybookLoader.builtIn(),
                new Today(clock, ZoneOffset.UTC));
        northwind = database.jdbi().withHandle(handle -> new ClientRepository(handle).all(TEAM)).stream()
                .filter(c -> c.name().equals("Northwind School")).findFirst().orElseThrow();
    }

    @AfterEach
    void stop() {
        database.close();
    }

    private void snapshot(LocalDate day, int score) {
        snapshot(northwind, day, score);
    }

    private void snapshot(Client client, LocalDate day, int score) {
        database.jdbi().useHandle(handle -> handle.execute("INSERT INTO health_snapshots (team_id, client_id, taken_on, score, parts) "
                + "VALUES (?, ?, ?, ?, '{}'::jsonb)", TEAM, client.id(), day, score));
    }

    private ClientHealth northwindNow() {
        return now(northwind);
    }

    private ClientHealth now(Client client) {
        return reports.assessAll(TEAM).stream().filter(health -> health.client().id() == client.id()).findFirst().orElseThrow();
    }

    private ClientHealth northwindAsAFreshInstanceSeesIt() {
        HealthReports fresh = new HealthReports(database.store(), new ClientDirectory(database.store()), PlaybookLoader.builtIn(),
                new Today(clock, ZoneOffset.UTC));
        return fresh.assessAll(TEAM).stream().filter(health -> health.client().id() == northwind.id()).findFirst().orElseThrow();
    }

    @Test
    void eachClientsDetailScoresAsThePortfolioDoes() {
        String demoTeam = "T0DEMO0001";
        new DemoLoader(database.store(), ZoneOffset.UTC).load(demoTeam, DemoData.asOf(TODAY), false);
        // The demo story answers no reminder: one answered gives a client an engagement part to read.
        Client engaged = database.jdbi().withHandle(handle -> new ClientRepository(handle).all(demoTeam)).get(0);
        database.jdbi().useHandle(handle -> new HistoryRepository(handle).recordResponse(demoTeam, new PromptResponse(engaged.id(),
                "tip:faq", PromptKind.TIP, PromptResponse.Response.DONE, null, "U1", MONDAY.minus(Duration.ofDays(2))), null, null));
        List<ClientHealth> portfolio = reports.portfolio(demoTeam).health().worstFirst();

        assertThat(portfolio).hasSizeGreaterThan(5);
        assertThat(portfolio).extracting(ClientHealth::colour).contains(HealthColour.GREEN, HealthColour.RED);
        assertThat(portfolio).filteredOn(health -> health.client().id() == engaged.id())
                .singleElement().satisfies(health -> assertThat(health.parts()).containsKey(Part.ENGAGEMENT));
        for (ClientHealth inPortfolio : portfolio) {
            HealthReports.Detail detail = reports.detail(demoTeam, inPortfolio.client().id()).orElseThrow();
            assertThat(detail.health()).as(inPortfolio.client().name()).isEqualTo(inPortfolio);
        }
    }

    @Test
    void aChurnedClientHasNoDetail() {
        database.jdbi().useHandle(handle -> handle.execute("UPDATE clients SET stage = 'churned' WHERE id = ?", northwind.id()));

        assertThat(reports.detail(TEAM, northwind.id())).isEmpty();
    }

    @Test
    void aScoreStoredTodayIsTheTrendsBaseThirtyDaysLater() {
        snapshot(TODAY.minusDays(1), 90);
        int score = northwindNow().score();
        snapshot(TODAY, 10);

        clock.advance(Duration.ofDays(30));

        assertThat(northwindNow().trendDelta()).isEqualTo(northwindNow().score() - 10)
                .isEqualTo(northwindAsAFreshInstanceSeesIt().trendDelta());
        assertThat(score).isBetween(0, 100);
    }

    @Test
    void daysOlderThanTheWindowAreDroppedOnANewDay() {
        snapshot(TODAY.minusDays(40), 15);
        assertThat(northwindNow().trendDelta()).isEqualTo(northwindNow().score() - 15);

        clock.advance(Duration.ofDays(60));

        assertThat(northwindNow().trendDelta()).isNull();
        assertThat(northwindAsAFreshInstanceSeesIt().trendDelta()).isNull();
    }

    @Test
    void aClientArrivedSinceTheLastReadHasItsWholePastReadOnANewDay() {
        northwindNow();
        Client arrived = database.jdbi().withHandle(handle -> new ClientRepository(handle).insert(TEAM, new Client(Client.NEW,
                "Initech", List.of(), null, List.of(), null, app.delight.domain.Stage.ACTIVE, null, null, java.math.BigDecimal.ONE,
                null)));
        snapshot(arrived, TODAY.minusDays(40), 15);

        clock.advance(Duration.ofDays(1));

        assertThat(now(arrived).trendDelta()).isEqualTo(now(arrived).score() - 15);
    }

    @Test
    void warmingUpReadsWhatTheFirstPortfolioWouldWaitFor() {
        snapshot(TODAY.minusDays(30), 42);

        reports.warmUp(List.of(TEAM));
        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM health_snapshots"));

        assertThat(northwindNow().trendDelta()).isEqualTo(northwindNow().score() - 42);
    }
}
