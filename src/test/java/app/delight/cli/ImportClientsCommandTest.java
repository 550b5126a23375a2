package app.delight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.config.DatabaseUrl;
import app.delight.domain.Client;
import app.delight.domain.Stage;
import app.delight.store.ClientRepository;
import app.delight.store.Database;
import app.delight.support.TestPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code java -jar delight.jar import clients FILE.csv}, run through the real command line. */
class ImportClientsCommandTest {
    private static final String TEAM = "T0IMPORT01";
    private static String databaseUrl;
    private static Database database;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void createDatabase() {
        databaseUrl = TestPostgres.newDatabase("import");
        database = Database.connect(DatabaseUrl.parse("DATABASE_URL", databaseUrl));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTheClients() {
        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM clients"));
    }

    private int importClients(Path file, String... more) {
        CommandLine commandLine = RootCommand.commandLine(Map.of("DATABASE_URL", databaseUrl), Clock.systemUTC());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] args = new String[3 + more.length];
        args[0] = "import";
        args[1] = "clients";
        args[2] = file.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return commandLine.execute(args);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ImportClientsCommandTest.class.getResource("/clients/" + name)).toURI());
    }

    private static List<Client> clients(String team) {
        return database.jdbi().withHandle(handle -> new ClientRepository(handle).all(team));
    }

    @Test
    void importsFiveClientsWithAccentsAndAliases() throws Exception {
        assertThat(importClients(resource("five-clients.csv"), "--team", TEAM)).isZero();

        assertThat(out.toString()).contains("5 created, 0 updated, 0 unchanged");
        assertThat(clients(TEAM)).extracting(Client::name)
                .containsExactly("Acme Corp", "Blue Harbor, Ltd", "Globex", "Northwind School", "Société Générale");
        Client societe = clients(TEAM).get(4);
        assertThat(societe.aliases()).containsExactly("socgen", "SG");
        assertThat(societe.stage()).isEqualTo(Stage.RENEWAL);
        assertThat(societe.monthlyRevenue()).isEqualByComparingTo("25000.50");
        assertThat(societe.renewalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void oneClientIsCountedInTheSingular() throws Exception {
        Path one = Files.writeString(dir.resolve("one.csv"),
                "name,aliases,channel,owners,industry,stage,start_date,renewal_date,monthly_revenue,timezone\nGlobex,,,,,,,,,\n");

        assertThat(importClients(one, "--team", TEAM)).isZero();

        assertThat(out.toString()).startsWith("Imported 1 client from ");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        importClients(resource("five-clients.csv"), "--team", TEAM);
        List<Client> before = clients(TEAM);

        assertThat(importClients(resource("five-clients.csv"), "--team", TEAM)).isZero();

        assertThat(out.toString()).contains("0 created, 0 updated, 5 unchanged");
        assertThat(clients(TEAM)).isEqualTo(before);
    }

    @Test
    void aBadRowExitsNonZeroNamesTheLineAndColumnAndWritesNothing() throws Exception {
        importClients(resource("five-clients.csv"), "--team", TEAM);
        List<Client> before = clients(TEAM);

        int exit = importClients(resource("bad-renewal-on-line-4.csv"), "--team", TEAM);

        assertThat(exit).isEqualTo(RootCommand.EXIT_FAILED);
        assertThat(err.toString()).contains("nothing was imported")
                .contains("line 4, column renewal_date: expected a date YYYY-MM-DD, got \"2026-13-01\"");
        assertThat(clients(TEAM)).isEqualTo(before);
    }

    @Test
    void emptyCellsKeepTheStoredValuesAndTheNameMatchesWhateverItsCase() throws Exception {
        importClients(resource("five-clients.csv"), "--team", TEAM);
        Path update = write("name,aliases,channel,owners,industry,stage,start_date,renewal_date,monthly_revenue,timezone\n"
                + "ACME CORP,,,,,renewal,,,15000,\n");

        assertThat(importClients(update, "--team", TEAM)).isZero();

        assertThat(out.toString()).contains("0 created, 1 updated, 0 unchanged");
        Client acme = clients(TEAM).get(0);
        assertThat(acme.name()).isEqualTo("ACME CORP");
        assertThat(acme.stage()).isEqualTo(Stage.RENEWAL);
        assertThat(acme.monthlyRevenue()).isEqualTo(new BigDecimal("15000.00"));
        assertThat(acme.aliases()).containsExactly("acme", "ACME Inc");
        assertThat(acme.channel()).isEqualTo("C0ACME001");
        assertThat(acme.renewalDate()).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void theOptionalColumnsAreStoredAndAnEmptyCellKeepsThem() throws Exception {
        String header = "name,aliases,channel,owners,industry,stage,start_date,renewal_date,monthly_revenue,timezone,"
                + "shared_channel,contacts,domains,country,locale\n";
        importClients(write(header + "Acme,,,,,,,,,,C0ACMESHR,U0ACME001,acme.com,FR,fr\n"), "--team", TEAM);

        assertThat(importClients(write(header + "Acme,,,,,,,,,,,,,,\n"), "--team", TEAM)).isZero();

        assertThat(out.toString()).contains("0 created, 0 updated, 1 unchanged");
        Client acme = clients(TEAM).get(0);
        assertThat(acme.sharedChannel()).isEqualTo("C0ACMESHR");
        assertThat(acme.contacts()).containsExactly("U0ACME001");
        assertThat(acme.domains()).containsExactly("acme.com");
        assertThat(acme.country()).isEqualTo("FR");
        assertThat(acme.locale()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void withoutATeamTheClientsGoToTheOneWorkspaceAlreadyThere() throws Exception {
        importClients(resource("five-clients.csv"), "--team", TEAM);
        Path more = write("name,aliases,channel,owners,industry,stage,start_date,renewal_date,monthly_revenue,timezone\n"
                + "Initech,,,,saas,active,,,100,\n");

        assertThat(importClients(more)).isZero();

        assertThat(clients(TEAM)).extracting(Client::name).contains("Initech");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAHint() throws Exception {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "name,aliases,channel,owners,industry,stage,start_date,renewal_date,monthly_revenue,timezone\nSoci\u00e9t\u00e9,,,,,,,,,\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(importClients(latin1, "--team", TEAM)).isEqualTo(RootCommand.EXIT_FAILED);

        assertThat(err.toString()).contains("is not UTF-8 text");
        assertThat(clients(TEAM)).isEmpty();
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(importClients(dir.resolve("nope.csv"), "--team", TEAM)).isEqualTo(RootCommand.EXIT_FAILED);
        assertThat(err.toString()).contains("No such file").contains("nope.csv");
    }

    @Test
    void aSpreadsheetsByteOrderMarkIsNotPartOfTheHeader() throws IOException {
        Path withBom = write("\uFEFFname,aliases,channel,owners,industry,stage,start_date,renewal_date,monthly_revenue,timezone\n"
                + "Initech,,,,,,,,,\n");
        assertThat(importClients(withBom, "--team", TEAM)).isZero();
    }

    @Test
    void aFileAsFrenchExcelSavesItImportsItsColumns() throws IOException {
        Path excel = write("\uFEFFName;Stage;Monthly_Revenue;Aliases\r\nSociété Générale;renewal;25000.50;\"socgen;SG\"\r\n;;;\r\n");

        assertThat(importClients(excel, "--team", TEAM)).isZero();

        Client societe = clients(TEAM).get(0);
        assertThat(societe.name()).isEqualTo("Société Générale");
        assertThat(societe.stage()).isEqualTo(Stage.RENEWAL);
        assertThat(societe.aliases()).containsExactly("socgen", "SG");
        assertThat(societe.monthlyRevenue()).isEqualByComparingTo("25000.50");
    }

    @Test
    void helpDescribesTheFile() {
        CommandLine commandLine = RootCommand.commandLine(Map.of(), Clock.systemUTC());
        commandLine.setOut(new PrintWriter(out, true));

        assertThat(commandLine.execute("import", "clients", "--help")).isZero();

        assertThat(out.toString()).contains("byte-order mark").contains("Exit codes");
    }

    private Path write(String csv) throws IOException {
        Path file = Files.createTempFile(dir, "clients", ".csv");
        Files.writeString(file, csv);
        return file;
    }
}
