package app.delight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.config.DatabaseUrl;
import app.delight.domain.Client;
import app.delight.domain.Stage;
import app.delight.store.ClientRepository;
import app.delight.store.Database;
import app.delight.support.FakeSlackApi;
import app.delight.support.TestPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code import clients FILE.csv --from hubspot|pipedrive}: a CRM's company export, its owners found
 * in Slack by e-mail through the fake Web API (which knows everyone at delight-test.example).
 */
class CrmImportTest {
    private static final String TEAM = "T0CRMIMP01";
    private static String databaseUrl;
    private static Database database;
    private static FakeSlackApi slack;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        databaseUrl = TestPostgres.newDatabase("crm");
        database = Database.connect(DatabaseUrl.parse("DATABASE_URL", databaseUrl));
        slack = FakeSlackApi.start();
    }

    @AfterAll
    static void stop() {
        database.close();
        slack.close();
    }

    @BeforeEach
    void emptyTheClients() {
        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM clients"));
        slack.reset();
    }

    private int run(Map<String, String> env, Path file, String... more) {
        Map<String, String> environment = new HashMap<>(env);
        environment.put("DATABASE_URL", databaseUrl);
        CommandLine commandLine = RootCommand.commandLine(environment, Clock.systemUTC());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("import", "clients", file.toString(), "--team", TEAM));
        args.addAll(List.of(more));
        return commandLine.execute(args.toArray(String[]::new));
    }

    private int importExport(Path file, String... more) {
        return run(Map.of("SLACK_BOT_TOKEN", "xoxb-crm-import-test-token", "SLACK_APP_TOKEN", "xapp-crm-import-test",
                "SLACK_API_URL", slack.apiUrl()), file, more);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(CrmImportTest.class.getResource("/crm/" + name)).toURI());
    }

    private static Map<String, Client> clients() {
        Map<String, Client> byName = new HashMap<>();
        database.jdbi().withHandle(handle -> new ClientRepository(handle).all(TEAM)).forEach(c -> byName.put(c.name(), c));
        return byName;
    }

    @Test
    void aHubSpotCompanyExportBecomesClientsWithTheirOwnersFoundInSlackByEmail() throws Exception {
        int exit = importExport(resource("hubspot-companies.csv"), "--from", "hubspot", "--map", "monthly_revenue=Monthly retainer");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("4 created");
        Map<String, Client> clients = clients();
        Client acme = clients.get("Acme Corp");
        assertThat(acme.owners()).containsExactly("UJANEDOE");
        assertThat(acme.domains()).containsExactly("acme.com");
        assertThat(acme.country()).isEqualTo("US");
        assertThat(acme.industry()).isEqualTo("computer software");
        assertThat(acme.stage()).isEqualTo(Stage.ACTIVE);
        assertThat(acme.startDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(acme.monthlyRevenue()).isEqualByComparingTo("1200.50");
        Client societe = clients.get("Société Générale");
        assertThat(societe.owners()).containsExactly("UMARCPETIT");
        assertThat(societe.industry()).isEqualTo("banking");
        assertThat(societe.monthlyRevenue()).isEqualByComparingTo("25000");
        assertThat(clients.get("Globex").stage()).isEqualTo(Stage.PROSPECT);
        assertThat(clients.get("Blue Harbor, Ltd").owners()).isEmpty();
        assertThat(clients.get("Blue Harbor, Ltd").country()).isEqualTo("GB");
        assertThat(slack.calls("users.lookupByEmail")).as("each owner is asked once").hasSize(2)
                .allSatisfy(call -> assertThat(call.token()).isEqualTo("xoxb-crm-import-test-token"));
    }

    @Test
    void theCompanysOwnRevenueIsNotTakenForWhatItPays() throws Exception {
        assertThat(importExport(resource("hubspot-companies.csv"), "--from", "hubspot")).isZero();

        assertThat(clients().get("Acme Corp").monthlyRevenue()).isEqualByComparingTo("0");
    }

    @Test
    void aPipedriveOrganizationExportReadsEuroAmountsWebsitesAndLabels() throws Exception {
        int exit = importExport(resource("pipedrive-organizations.csv"), "--from", "Pipedrive", "--map",
                "monthly_revenue=Organization - Monthly retainer");

        assertThat(exit).as(err.toString()).isZero();
        Map<String, Client> clients = clients();
        Client northwind = clients.get("Northwind School");
        assertThat(northwind.monthlyRevenue()).isEqualByComparingTo("1200.50");
        assertThat(northwind.domains()).containsExactly("northwind-school.fr");
        assertThat(northwind.country()).isEqualTo("FR");
        assertThat(northwind.stage()).isEqualTo(Stage.ACTIVE);
        assertThat(northwind.owners()).containsExactly("UMARCPETIT");
        assertThat(clients.get("Initech").monthlyRevenue()).isEqualByComparingTo("3000");
        assertThat(clients.get("Initech").stage()).isEqualTo(Stage.PROSPECT);
        assertThat(clients.get("Umbrella Health").owners()).containsExactly("UJANEDOE");
        assertThat(clients.get("Umbrella Health").monthlyRevenue()).isEqualByComparingTo("5000");
    }

    @Test
    void importingTheSameExportTwiceChangesNothing() throws Exception {
        importExport(resource("pipedrive-organizations.csv"), "--from", "pipedrive");

        assertThat(importExport(resource("pipedrive-organizations.csv"), "--from", "pipedrive")).isZero();

        assertThat(out.toString()).contains("0 created, 0 updated, 3 unchanged");
    }

    @Test
    void anOwnersEmailWithNoSlackUserIsAnErrorOnItsLineAndNothingIsWritten() throws Exception {
        Path export = copyWith(resource("hubspot-companies.csv"), "jane.doe@delight-test.example\",\"2026-01-08",
                "ghost@elsewhere.example\",\"2026-01-08");

        assertThat(importExport(export, "--from", "hubspot")).isEqualTo(RootCommand.EXIT_FAILED);

        assertThat(err.toString()).contains("nothing was imported")
                .contains("line 4, column Company owner: expected the e-mail of a member of the Slack workspace (Slack knows no "
                        + "user with it: invite them, or change the owner), got \"ghost@elsewhere.example\"");
        assertThat(clients()).isEmpty();
    }

    @Test
    void badCellsOfAnExportAreNamedByLineAndTheExportsColumn() throws IOException {
        Path export = write("Company name,Lifecycle Stage,Close Date,Country/Region\nAcme,Other,03/01/2025,Atlantis\n");

        assertThat(importExport(export, "--from", "hubspot")).isEqualTo(RootCommand.EXIT_FAILED);

        assertThat(err.toString()).contains("line 2, column Lifecycle Stage: expected one of prospect")
                .contains("line 2, column Close Date: expected a date like 2026-03-15")
                .contains("line 2, column Country/Region: expected a country like France");
    }

    @Test
    void anExportWithoutTheNameColumnSaysWhichColumnAndHowToNameAnother() throws IOException {
        Path export = write("Name,Industry\nAcme,Retail\n");

        assertThat(importExport(export, "--from", "hubspot")).isEqualTo(RootCommand.EXIT_FAILED);

        assertThat(err.toString()).contains("line 1 (header): no column named \"Company name\" (for name) in HubSpot's export; "
                + "--map COLUMN=Header names the column to read instead");
        assertThat(importExport(export, "--from", "hubspot", "--map", "name=Name")).isZero();
        assertThat(clients().get("Acme").industry()).isEqualTo("retail");
    }

    @Test
    void mapReadsAnyOtherExportAndAnEmptyHeaderLeavesAColumnOut() throws IOException {
        Path export = write("Account;Account Owner;Contract value;Renewal\nAcme;Jane Doe;1 200,50 €;2027-01-31 00:00\n");

        int exit = importExport(export, "--map", "name=Account,owners=,monthly_revenue=Contract value,renewal_date=Renewal");

        assertThat(exit).as(err.toString()).isZero();
        Client acme = clients().get("Acme");
        assertThat(acme.monthlyRevenue()).isEqualByComparingTo("1200.50");
        assertThat(acme.renewalDate()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(acme.owners()).isEmpty();
        assertThat(slack.calls("users.lookupByEmail")).isEmpty();
    }

    @Test
    void anUnknownColumnInMapOrAnUnknownCrmIsAWrongArgument() throws Exception {
        assertThat(importExport(resource("hubspot-companies.csv"), "--map", "revenue=Annual Revenue")).isEqualTo(2);
        assertThat(err.toString()).contains("--map: unknown column revenue; the columns are name, aliases");

        assertThat(importExport(resource("hubspot-companies.csv"), "--from", "salesforce")).isEqualTo(2);
        assertThat(err.toString()).contains("must be hubspot or pipedrive, got salesforce");
    }

    @Test
    void anOwnerByEmailWithoutABotTokenIsABadEnvironment() throws Exception {
        assertThat(run(Map.of(), resource("hubspot-companies.csv"), "--from", "hubspot")).isEqualTo(RootCommand.EXIT_BAD_SETTINGS);

        assertThat(err.toString()).contains("SLACK_BOT_TOKEN is not set: it is needed to find the Slack user of an owner given "
                + "as an e-mail (jane.doe@delight-test.example)");
        assertThat(clients()).isEmpty();
    }

    private Path copyWith(Path original, String from, String to) throws IOException {
        String text = Files.readString(original);
        assertThat(text).contains(from);
        return write(text.replace(from, to));
    }

    private Path write(String csv) throws IOException {
        Path file = Files.createTempFile(dir, "export", ".csv");
        Files.writeString(file, csv);
        return file;
    }
}
