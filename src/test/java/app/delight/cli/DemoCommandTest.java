package app.delight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.clients.ClientDirectory;
import app.delight.clients.HealthReports;
import app.delight.clients.Today;
import app.delight.config.DatabaseUrl;
import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.Stage;
import app.delight.engine.health.ClientHealth;
import app.delight.engine.health.HealthFlag;
import app.delight.playbook.PlaybookLoader;
import app.delight.store.ClientRepository;
import app.delight.store.Database;
import app.delight.store.HistoryRepository;
import app.delight.store.PortfolioRepository;
import app.delight.store.Store;
import app.delight.store.Workspaces;
import app.delight.support.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code java -jar delight.jar demo}, run through the real command line on a fresh database. */
class DemoCommandTest {
    private static final Instant NOW = Instant.parse("2025-06-11T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final List<String> TABLES = List.of("clients", "touchpoints", "follow_ups", "struggles", "nps_answers",
            "free_work", "incidents", "health_snapshots");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Database> opened = new ArrayList<>();
    private String databaseUrl;

    @AfterEach
    void closeDatabases() {
        opened.forEach(Database::close);
    }

    private Jdbi freshDatabase() {
        databaseUrl = TestPostgres.newDatabase("demo");
        Database database = Database.connect(DatabaseUrl.parse("DATABASE_URL", databaseUrl));
        opened.add(database);
        return database.jdbi();
    }

    private int demo(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "demo";
        System.arraycopy(args, 0, all, 1, args.length);
        return RootCommand.commandLine(Map.of("DATABASE_URL", databaseUrl), clock)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(all);
    }

    private static List<Client> clients(Jdbi jdbi, String team) {
        return jdbi.withHandle(handle -> new ClientRepository(handle).all(team));
    }

    private static Client named(List<Client> clients, String name) {
        return clients.stream().filter(client -> client.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Long> rowCounts(Jdbi jdbi) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbi.useHandle(handle -> TABLES.forEach(table -> counts.put(table,
                handle.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one())));
        return counts;
    }

    @Test
    void loadsAboutTwelveClientsIntoTheLocalWorkspaceOfAnEmptyDatabase() {
        Jdbi jdbi = freshDatabase();

        assertThat(demo()).isZero();

        List<Client> clients = clients(jdbi, Workspaces.LOCAL);
        assertThat(clients).hasSizeBetween(10, 14);
        assertThat(clients).extracting(Client::name).contains("Acme Corp", "Société Générale");
        assertThat(named(clients, "Acme Corp").aliases()).contains("acme");
        assertThat(clients).extracting(Client::stage).containsAll(List.of(Stage.values()));
        assertThat(clients.stream().filter(client -> client.owners().contains("U0SANDBOX1")).count())
                .isBetween(clients.size() / 2L - 1, clients.size() / 2L + 1);
        assertThat(out.toString()).contains("Loaded " + clients.size() + " demo clients", Workspaces.LOCAL, "/delight acme");
    }

    @Test
    void oneClientHoldsAQuarterOfTheMonthlyRevenue() {
        Jdbi jdbi = freshDatabase();
        demo();

        List<Client> clients = clients(jdbi, Workspaces.LOCAL);
        BigDecimal total = clients.stream().map(Client::monthlyRevenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Client> concentrated = clients.stream().filter(client -> client.monthlyRevenue().multiply(BigDecimal.valueOf(5))
                .compareTo(total) > 0).toList();

        assertThat(concentrated).hasSize(1);
        BigDecimal share = concentrated.get(0).monthlyRevenue().divide(total, 2, RoundingMode.HALF_UP);
        assertThat(share).isBetween(new BigDecimal("0.20"), new BigDecimal("0.30"));
    }

    @Test
    void oneClientIsOnboardingSinceLessThanAWeekAndOneRenewsWithinThirtyDays() {
        Jdbi jdbi = freshDatabase();
        demo();

        List<Client> clients = clients(jdbi, Workspaces.LOCAL);
        assertThat(clients).filteredOn(client -> client.stage() == Stage.ONBOARDING && client.startDate() != null
                        && !client.startDate().isAfter(TODAY) && client.startDate().isAfter(TODAY.minusDays(7)))
                .hasSize(1);
        assertThat(clients).filteredOn(client -> client.renewalDate() != null && client.renewalDate().isAfter(TODAY)
                        && !client.renewalDate().isAfter(TODAY.plusDays(30)))
                .hasSize(1);
    }

    @Test
    void someFollowUpsAreOverdueAndOthersUpcoming() {
        Jdbi jdbi = freshDatabase();
        demo();

        List<FollowUp> open = jdbi.withHandle(handle -> new PortfolioRepository(handle).openFollowUpsOfTeam(Workspaces.LOCAL));
        assertThat(open).filteredOn(followUp -> followUp.daysLate(TODAY) > 0).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(followUp -> assertThat(followUp.daysLate(TODAY)).isLessThanOrEqualTo(14));
        assertThat(open).filteredOn(followUp -> followUp.dueOn() != null && followUp.dueOn().isAfter(TODAY))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theClientRedForMonthsIsWorstAndFlaggedForAFrankConversation() {
        Store store = new Store(freshDatabase());
        demo();

        HealthReports reports = new HealthReports(store, new ClientDirectory(store), PlaybookLoader.builtIn(),
                new Today(clock, ZoneOffset.UTC));
        List<ClientHealth> worstFirst = reports.portfolio(Workspaces.LOCAL).health().worstFirst();

        ClientHealth worst = worstFirst.get(0);
        assertThat(worst.client().name()).isEqualTo("Northwind Clinics");
        assertThat(worst.score()).isLessThan(40);
        assertThat(worst.flags()).contains(HealthFlag.RED_FOR_90_DAYS);
        assertThat(worstFirst).filteredOn(health -> health.has(HealthFlag.RED_FOR_90_DAYS)).hasSize(1);
        assertThat(worstFirst).filteredOn(health -> health.has(HealthFlag.REVENUE_CONCENTRATION))
                .extracting(health -> health.client().name()).containsExactly("Acme Corp");
        assertThat(worstFirst).filteredOn(health -> health.has(HealthFlag.SECRET_FREE_WORK))
                .extracting(health -> health.client().name()).containsExactly("Harbor View Hotels");
        assertThat(worstFirst).filteredOn(health -> health.has(HealthFlag.NEW_CLIENT))
                .extracting(health -> health.client().name()).containsExactly("Brightpath Academy");
    }

    @Test
    void nothingIsDatedInTheFuture() {
        Jdbi jdbi = freshDatabase();
        demo();

        jdbi.useHandle(handle -> {
            for (String check : List.of("SELECT max(occurred_at) FROM touchpoints", "SELECT max(observed_at) FROM struggles",
                    "SELECT max(answered_at) FROM nps_answers", "SELECT max(given_at) FROM free_work",
                    "SELECT max(occurred_at) FROM incidents")) {
                assertThat(handle.createQuery(check).mapTo(Instant.class).one()).as(check).isBefore(NOW);
            }
            assertThat(handle.createQuery("SELECT max(taken_on) FROM health_snapshots").mapTo(LocalDate.class).one())
                    .isBefore(TODAY);
        });
    }

    @Test
    void runningItTwiceChangesNothing() {
        Jdbi jdbi = freshDatabase();
        demo();
        Map<String, Long> first = rowCounts(jdbi);
        List<Client> clients = clients(jdbi, Workspaces.LOCAL);

        assertThat(demo()).isZero();

        assertThat(rowCounts(jdbi)).isEqualTo(first);
        assertThat(clients(jdbi, Workspaces.LOCAL)).isEqualTo(clients);
        assertThat(out.toString()).contains("already in workspace " + Workspaces.LOCAL, "nothing was written");
    }

    @Test
    void refreshReplacesTheDemoWithoutDuplicatingIt() {
        Jdbi jdbi = freshDatabase();
        demo();
        Map<String, Long> first = rowCounts(jdbi);

        assertThat(demo("--refresh")).isZero();

        assertThat(rowCounts(jdbi)).isEqualTo(first);
        assertThat(out.toString()).contains("Refreshed");
    }

    @Test
    void refreshLeavesAClientOfTheTeamsOwnWithADemoNameAlone() {
        Jdbi jdbi = freshDatabase();
        jdbi.useHandle(handle -> new ClientRepository(handle).insert("T0OWN", new Client(Client.NEW, "ACME corp", List.of(),
                "C0REAL", List.of("U0REAL"), "retail", Stage.ACTIVE, null, null, BigDecimal.TEN, null)));

        assertThat(demo("--team", "T0OWN", "--refresh")).isEqualTo(RootCommand.EXIT_FAILED);

        assertThat(clients(jdbi, "T0OWN")).extracting(Client::name).containsExactly("ACME corp");
        assertThat(err.toString()).contains("ACME corp", "nothing was written");
    }

    @Test
    void writesIntoTheWorkspaceNamedByTeamOrElseTheOneAlreadyInTheDatabase() {
        Jdbi jdbi = freshDatabase();
        assertThat(demo("--team", "T0NAMED")).isZero();
        assertThat(clients(jdbi, "T0NAMED")).hasSizeGreaterThan(10);

        jdbi.useHandle(handle -> handle.execute("DELETE FROM clients WHERE lower(name) <> 'pixelforge'"));
        assertThat(demo()).isZero();

        assertThat(clients(jdbi, Workspaces.LOCAL)).isEmpty();
        assertThat(clients(jdbi, "T0NAMED")).hasSize(1);
        assertThat(out.toString()).contains("already in workspace T0NAMED");
    }

    @Test
    void datesFollowTheClock() {
        Jdbi jdbi = freshDatabase();
        Instant later = NOW.plus(400, ChronoUnit.DAYS);
        RootCommand.commandLine(Map.of("DATABASE_URL", databaseUrl), Clock.fixed(later, ZoneOffset.UTC))
                .setOut(new PrintWriter(out, true)).execute("demo");

        Client brightpath = named(clients(jdbi, Workspaces.LOCAL), "Brightpath Academy");
        assertThat(brightpath.startDate()).isEqualTo(LocalDate.ofInstant(later, ZoneOffset.UTC).minusDays(3));
    }
}
