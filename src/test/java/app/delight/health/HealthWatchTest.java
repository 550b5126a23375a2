package app.delight.health;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.clients.ClientDirectory;
import app.delight.clients.HealthReports;
import app.delight.clients.Today;
import app.delight.config.DatabaseUrl;
import app.delight.config.Settings;
import app.delight.delivery.Delivery;
import app.delight.delivery.SlackPoster;
import app.delight.domain.Client;
import app.delight.domain.FreeWork;
import app.delight.i18n.Messages;
import app.delight.playbook.PlaybookLoader;
import app.delight.slack.SlackApp;
import app.delight.store.ClientRepository;
import app.delight.store.Database;
import app.delight.store.HistoryRepository;
import app.delight.support.FakeSlackApi;
import app.delight.support.RunningDelight;
import app.delight.support.TestData;
import app.delight.support.TestPostgres;
import com.slack.api.Slack;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Daily snapshots, the owners' early warning and the managers' weekly digest, against the fake Slack. */
class HealthWatchTest {
    private static final Instant MONDAY = Instant.parse("2026-11-23T08:45:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String TEAM = RunningDelight.TEAM_ID;

    private FakeSlackApi fake;
    private Database database;
    private Slack slack;
    private Delivery delivery;
    private HealthReports reports;

    @BeforeEach
    void start() {
        fake = FakeSlackApi.start();
        String url = TestPostgres.newDatabase("health_watch");
        TestData.importClients(url, "five-clients.csv");
        database = Database.connect(DatabaseUrl.parse("DATABASE_URL", url));
        slack = SlackApp.client(Settings.fromEnvironment(RunningDelight.environment(fake, url)));
        delivery = new Delivery(new SlackPoster(slack, RunningDelight.BOT_TOKEN));
        reports = new HealthReports(database.store(), new ClientDirectory(database.store()), PlaybookLoader.builtIn(),
                new Today(Clock.fixed(MONDAY, ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() throws Exception {
        delivery.close();
        slack.close();
        database.close();
        fake.close();
    }

    private Client client(String name) {
        return database.jdbi().withHandle(handle -> new ClientRepository(handle).all(TEAM)).stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private void snapshotFiveDaysAgo(Client client, int score) {
        database.jdbi().useHandle(handle -> handle.execute("INSERT INTO health_snapshots (team_id, client_id, taken_on, score, parts) "
                + "VALUES (?, ?, ?, ?, '{\"recency\": 100, \"incidents\": 100, \"followups\": 100}'::jsonb)",
                TEAM, client.id(), TODAY.minusDays(5), score));
    }

    private void makeItWorse(Client client) {
        database.jdbi().useHandle(handle -> {
            HistoryRepository history = new HistoryRepository(handle);
            history.addIncident(TEAM, client.id(), "Shouted at our designer", "U0TEST0001", MONDAY.minusSeconds(86_400));
            history.addIncident(TEAM, client.id(), "Refused to pay", "U0TEST0001", MONDAY.minusSeconds(2 * 86_400));
            history.addFollowUp(TEAM, client.id(), "U0TEST0001", "Send the contract", TODAY.minusDays(20));
            history.addFreeWork(TEAM, client.id(), BigDecimal.TEN, FreeWork.Kind.SECRET, "Rebuilt the site", "U0TEST0001",
                    MONDAY.minusSeconds(86_400));
        });
    }

    @Test
    void aFallOfFifteenPointsWithinAWeekWarnsTheOwnerOnceWithThePartsThatMoved() {
        Client northwind = client("Northwind School");
        snapshotFiveDaysAgo(northwind, 95);
        makeItWorse(northwind);
        HealthWatch watch = new HealthWatch(database.store(), reports, delivery, Messages.forLocale(Locale.ENGLISH));

        assertThat(watch.snapshotAll()).isEqualTo(5);
        watch.snapshotAll();

        assertThat(fake.delivered("chat.postMessage")).singleElement().satisfies(call -> {
            assertThat(call.param("channel")).isEqualTo("U0TEST0003");
            assertThat(call.param("text")).contains("*Northwind School*: health fell from 95", "Incidents 100 → 20");
        });
        int stored = database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM health_snapshots WHERE taken_on = :day").bind("day", TODAY).mapTo(Integer.class).one());
        assertThat(stored).isEqualTo(5);
    }

    @Test
    void theWeeklyDigestGivesManagersTargetsTurnedRedAndRisks() {
        Client northwind = client("Northwind School");
        snapshotFiveDaysAgo(northwind, 95);
        makeItWorse(northwind);
        database.jdbi().useHandle(handle -> {
            HistoryRepository history = new HistoryRepository(handle);
            history.addNps(TEAM, northwind.id(), 2, "Slow and rude", "U0TEST0001", MONDAY.minusSeconds(86_400));
            history.addFollowUp(TEAM, northwind.id(), "U0TEST0001", "Fix the login", TODAY.minusDays(10));
            history.addIncident(TEAM, northwind.id(), "Threatened to sue", "U0TEST0001", MONDAY.minusSeconds(3 * 86_400));
        });
        WeeklyDigest digest = new WeeklyDigest(database.store(), reports, delivery, Messages.forLocale(Locale.ENGLISH),
                Set.of("U0MGR0001"), Optional.of("C0MANAGERS"));

        digest.send(TODAY);

        assertThat(fake.delivered("chat.postMessage")).singleElement().satisfies(call -> {
            assertThat(call.param("channel")).isEqualTo("C0MANAGERS");
            assertThat(call.param("text")).contains("Weekly client health", "target 80 %")
                    .contains("Turned red this week:* *Northwind School*")
                    .contains("*Société Générale* (:moneybag: 53 % of revenue)")
                    .contains("*Northwind School* (:see_no_evil: secret free work)");
        });
    }
}
