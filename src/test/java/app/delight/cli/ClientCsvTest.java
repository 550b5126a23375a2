package app.delight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.delight.domain.ClientUpdate;
import app.delight.domain.Stage;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClientCsvTest {
    private static final String HEADER = "name,aliases,channel,owners,industry,stage,start_date,renewal_date,monthly_revenue,timezone\n";

    private static List<ClientUpdate> read(String csv) throws ClientCsv.InvalidFile {
        return ClientCsv.read(new StringReader(csv));
    }

    private static List<String> problemsOf(String csv) {
        try {
            read(csv);
        } catch (ClientCsv.InvalidFile e) {
            return e.problems();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void readsEveryColumnOfARow() throws Exception {
        ClientUpdate row = read(HEADER + "Société Générale,socgen; SG ,C0SOCGEN1,U0TEST0002;U0TEST0003,Finance,renewal,"
                + "2024-01-15,2026-12-31,25000.50,Europe/Paris\n").get(0);
        assertThat(row.name()).isEqualTo("Société Générale");
        assertThat(row.aliases()).contains(List.of("socgen", "SG"));
        assertThat(row.channel()).contains("C0SOCGEN1");
        assertThat(row.owners()).contains(List.of("U0TEST0002", "U0TEST0003"));
        assertThat(row.industry()).contains("finance");
        assertThat(row.stage()).contains(Stage.RENEWAL);
        assertThat(row.startDate()).contains(LocalDate.of(2024, 1, 15));
        assertThat(row.renewalDate()).contains(LocalDate.of(2026, 12, 31));
        assertThat(row.monthlyRevenue()).contains(new BigDecimal("25000.50"));
        assertThat(row.timezone()).contains(ZoneId.of("Europe/Paris"));
    }

    @Test
    void emptyCellsMeanKeepWhatIsStored() throws Exception {
        ClientUpdate row = read(HEADER + "Globex,,,,,,,,,\n").get(0);
        assertThat(row.aliases()).isEmpty();
        assertThat(row.stage()).isEmpty();
        assertThat(row.monthlyRevenue()).isEmpty();
    }

    @Test
    void quotedValuesMayHoldCommasAndColumnsMayComeInAnyOrder() throws Exception {
        ClientUpdate row = read("stage,name,aliases,channel,owners,industry,start_date,renewal_date,monthly_revenue,timezone\n"
                + "active,\"Blue Harbor, Ltd\",,,,,,,,\n").get(0);
        assertThat(row.name()).isEqualTo("Blue Harbor, Ltd");
        assertThat(row.stage()).contains(Stage.ACTIVE);
    }

    @Test
    void anImpossibleDateNamesTheLineTheColumnAndTheExpectedForm() {
        assertThat(problemsOf(HEADER + "Acme,,,,,,,,,\nInitech,,,,,,,,,\nUmbrella,,,,,,,2026-13-01,,\n"))
                .containsExactly("line 4, column renewal_date: expected a date YYYY-MM-DD, got \"2026-13-01\"");
    }

    @Test
    void everyBadCellOfTheFileIsReported() {
        assertThat(problemsOf(HEADER + "Acme,,acme-channel,alice,,paying,2026-02-30,,12k,Paris\n"))
                .containsExactly(
                        "line 2, column channel: expected a Slack channel ID like C012AB3CD, got \"acme-channel\"",
                        "line 2, column owners: expected Slack user IDs like U012AB3CD separated by ;, got \"alice\"",
                        "line 2, column stage: expected one of prospect, onboarding, active, renewal, paused, churned, got \"paying\"",
                        "line 2, column start_date: expected a date YYYY-MM-DD, got \"2026-02-30\"",
                        "line 2, column monthly_revenue: expected an amount like 1200 or 1200.50 (no currency sign or thousands separator), got \"12k\"",
                        "line 2, column timezone: expected a time zone like Europe/Paris, got \"Paris\"");
    }

    @Test
    void aRowWithoutANameIsRefused() {
        assertThat(problemsOf(HEADER + " ,acme,,,,,,,,\n"))
                .containsExactly("line 2, column name: expected a client name, got an empty cell");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThat(problemsOf(HEADER + "Acme, Inc,,,,,,,,,\n"))
                .containsExactly("line 2: expected 10 columns, got 11 (quote a value that holds a comma)");
    }

    @Test
    void theSameClientTwiceInOneFileIsRefused() {
        assertThat(problemsOf(HEADER + "Acme,,,,,,,,,\nACME,,,,,,,,,\n"))
                .containsExactly("line 3, column name: \"ACME\" is already on line 2 (names are matched case-insensitively)");
    }

    @Test
    void aMissingOrUnknownColumnIsNamedInTheHeader() {
        assertThat(problemsOf("name,alias,channel,owners,industry,stage,start_date,renewal_date,monthly_revenue,timezone\n"))
                .singleElement().asString()
                .startsWith("line 1 (header): expected the columns name,aliases,")
                .endsWith("; missing: aliases; unknown: alias");
    }

    @Test
    void linesAreCountedInTheFileEvenAfterAQuotedLineBreakOrABlankLine() {
        assertThat(problemsOf(HEADER + "\"Acme\nCorp\",,,,,,,,,\n\nInitech,,,,,bogus,,,,\n"))
                .containsExactly("line 5, column stage: expected one of prospect, onboarding, active, renewal, paused, churned, got \"bogus\"");
    }

    @Test
    void anUnterminatedQuoteIsReportedAsInvalidCsv() {
        assertThat(problemsOf(HEADER + "\"Acme,,,,,,,,,\n")).singleElement().asString().startsWith("the file is not valid CSV");
    }

    @Test
    void theOptionalColumnsSayWhereTheClientTalksWhoItsPeopleAreAndWhereItIs() throws Exception {
        ClientUpdate row = read(HEADER.strip() + ",locale,domains,shared_channel,country,contacts\n"
                + "Acme,,,,,,,,,,FR,Acme.com; acme.fr,C0ACMESHR,fr,U0ACME001;W0ACME002\n").get(0);
        assertThat(row.sharedChannel()).contains("C0ACMESHR");
        assertThat(row.contacts()).contains(List.of("U0ACME001", "W0ACME002"));
        assertThat(row.domains()).contains(List.of("acme.com", "acme.fr"));
        assertThat(row.country()).contains("FR");
        assertThat(row.locale()).contains(Locale.FRENCH);
    }

    @Test
    void aBadOptionalCellNamesItsColumnAndTheExpectedForm() {
        assertThat(problemsOf(HEADER.strip() + ",shared_channel,contacts,domains,country,locale\n"
                + "Acme,,,,,,,,,,acme-shared,alice,acme,France,de\n"))
                .containsExactly(
                        "line 2, column shared_channel: expected a Slack channel ID like C012AB3CD, got \"acme-shared\"",
                        "line 2, column contacts: expected Slack user IDs like U012AB3CD separated by ;, got \"alice\"",
                        "line 2, column domains: expected e-mail domains like acme.com separated by ;, got \"acme\"",
                        "line 2, column country: expected a two-letter country code like FR or US, got \"France\"",
                        "line 2, column locale: expected en or fr, got \"de\"");
    }
}
