package app.delight.clients;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.config.DatabaseUrl;
import app.delight.demo.DemoData;
import app.delight.demo.DemoLoader;
import app.delight.domain.Client;
import app.delight.domain.HealthColour;
import app.delight.domain.Stage;
import app.delight.engine.health.ClientHealth;
import app.delight.i18n.Messages;
import app.delight.playbook.Playbook;
import app.delight.playbook.PlaybookLoader;
import app.delight.store.Database;
import app.delight.store.Workspaces;
import app.delight.support.TestPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One health read serves every surface: the card, the Home tab and {@code /client-health} (the list and one
 * client's detail) show the same score for every demo client, and the card shows what was just written.
 */
class OneHealthReadTest {
    private static final String TEAM = Workspaces.LOCAL;
    private static final Playbook PLAYBOOK = PlaybookLoader.builtIn();
    /** The demo is dated from the day it is loaded, as the database dates the clients it adds. */
    private static final Clock NOW = Clock.fixed(Instant.now(), ZoneOffset.UTC);

    private static Database database;
    private static Today today;
    private static HealthReports reports;
    private static DelightCards cards;

    @BeforeAll
    static void loadTheDemo() {
        database = Database.connect(DatabaseUrl.parse("DATABASE_URL", TestPostgres.newDatabase("one_health_read")));
        new DemoLoader(database.store(), ZoneOffset.UTC).load(TEAM, DemoData.asOf(LocalDate.now(NOW)), false);
        today = new Today(NOW, ZoneOffset.UTC);
        ClientDirectory directory = new ClientDirectory(database.store());
        reports = new HealthReports(database.store(), directory, PLAYBOOK, today);
        cards = new DelightCards(database.store(), PLAYBOOK, Messages.forLocale(Locale.ENGLISH, NOW), today);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static List<Client> clients() {
        return new ClientDirectory(database.store()).all(TEAM);
    }

    private static Map<String, Integer> portfolioScores() {
        return reports.portfolio(TEAM).health().worstFirst().stream()
                .collect(Collectors.toMap(health -> health.client().name(), ClientHealth::score));
    }

    @Test
    void theCardTheDetailAndThePortfolioGiveEveryClientTheSameScore() {
        Map<String, Integer> cardScores = new LinkedHashMap<>();
        Map<String, Integer> detailScores = new LinkedHashMap<>();
        for (Client client : clients()) {
            if (client.stage() != Stage.CHURNED) {
                cardScores.put(client.name(), cards.cardFor(TEAM, client).healthScore());
                detailScores.put(client.name(), reports.detail(TEAM, client.id()).orElseThrow().health().score());
            }
        }

        assertThat(cardScores).hasSize(11).isEqualTo(portfolioScores()).isEqualTo(detailScores);
    }

    @Test
    void theHomeTabShowsEachOwnedClientsScoreAsClientHealthDoes() {
        HomeOverview home = new HomeOverview(database.store(), new ClientDirectory(database.store()), cards, today);
        Map<String, Integer> portfolio = portfolioScores();

        List<HomeOverview.OwnedClient> rows = home.of(TEAM, DemoData.SANDBOX_USER).clients();

        assertThat(rows).filteredOn(row -> row.client().stage() != Stage.CHURNED).hasSize(5)
                .allSatisfy(row -> assertThat(row.healthScore()).as(row.client().name()).isEqualTo(portfolio.get(row.client().name())));
        assertThat(rows).filteredOn(row -> row.client().stage() == Stage.CHURNED).extracting(HomeOverview.OwnedClient::healthScore)
                .containsOnlyNulls();
    }

    @Test
    void theCardShowsTheScoreOfWhatWasJustWritten() {
        Client lakeside = clients().stream().filter(client -> client.name().equals("Lakeside Dental")).findFirst().orElseThrow();
        Integer before = cards.cardFor(TEAM, lakeside).healthScore();
        assertThat(HealthColour.of(before)).isEqualTo(HealthColour.GREEN);

        ClientJournal journal = new ClientJournal(database.store(), NOW, (client, answer, by) -> { }, (team, client) -> { });
        Caller sandboxUser = new Caller(TEAM, DemoData.SANDBOX_USER);
        journal.recordNps(sandboxUser, lakeside, 0, "Nobody answers the phone");
        journal.recordNps(sandboxUser, lakeside, 2, null);

        Integer afterwards = cards.cardFor(TEAM, lakeside).healthScore();
        // 9, 0 and 2 in 180 days: NPS −33, and the score is held to 35 above it
        assertThat(afterwards).isLessThanOrEqualTo(33 + 35).isLessThan(before);
        assertThat(afterwards).isEqualTo(portfolioScores().get("Lakeside Dental"));
    }

    @Test
    void aClientRedForMonthsIsOfferedTheFrankConversationOnItsCard() {
        Client northwind = clients().stream().filter(client -> client.name().equals("Northwind Clinics")).findFirst().orElseThrow();

        assertThat(cards.cardFor(TEAM, northwind).prompts()).extracting(app.delight.engine.Prompt::key)
                .anyMatch(key -> key.startsWith("anticipation:did-we-do-our-part:"))
                .noneMatch(key -> key.startsWith("surprise:"));
    }
}
