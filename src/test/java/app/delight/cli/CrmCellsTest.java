package app.delight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.domain.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A CRM export's cells, read as the CRM writes them. */
class CrmCellsTest {
    private final CrmCells cells = new CrmCells(email -> Optional.ofNullable(Map.of("jane@agency.com", "U0JANE0001").get(email)));

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "$1,200.50|1200.50",
            "1 200,50 €|1200.50",
            "1\u00A0200,50\u00A0€|1200.50",
            "1\u202F200,50 €|1200.50",
            "1.200,50 EUR|1200.50",
            "EUR 1.200,50|1200.50",
            "US$ 12,000|12000",
            "CHF 1'200.50|1200.50",
            "£950|950",
            "1200.5|1200.5",
            "1200,5|1200.5",
            "1,200|1200",
            "1.200|1200",
            "12,000,000|12000000",
            "0|0",
            "€0,99|0.99"})
    void amountsAreReadInTheExportsCurrencyFormat(String text, String amount) {
        assertThat(CrmCells.amount(text)).isEqualByComparingTo(new BigDecimal(amount));
    }

    @ParameterizedTest(name = "{0} is not an amount")
    @ValueSource(strings = {"12k", "-1,200.00", "(1,200.00)", "1,200.505", "1,20,000", "1,200.000,50", "1.200,000", "12 345 678 901",
            "about 1200", "$", "1200 euros", "1 2", "12345678901"})
    void whatIsNotAnAmountIsRefused(String text) {
        assertThat(CrmCells.amount(text)).isNull();
    }

    @Test
    void anOwnersEmailIsHisSlackUserAndAnIdStaysAsItIs() {
        assertThat(cells.owners().read("Jane@Agency.com; U0BOB00001").value()).containsExactly("U0JANE0001", "U0BOB00001");
        assertThat(cells.owners().read("Jane Doe <jane@agency.com>").value()).containsExactly("U0JANE0001");
    }

    @Test
    void anOwnersEmailSlackDoesNotKnowIsRefusedNamingIt() {
        CellReader.Cell<List<String>> cell = cells.owners().read("jane@agency.com, ghost@agency.com");
        assertThat(cell.value()).isNull();
        assertThat(cell.wrong()).isEqualTo("ghost@agency.com");
        assertThat(cell.expected()).contains("member of the Slack workspace");
    }

    @Test
    void anOwnerGivenByNameIsRefusedSayingANameCannotBeLookedUp() {
        CellReader.Cell<List<String>> cell = cells.owners().read("Jane Doe");
        assertThat(cell.wrong()).isEqualTo("Jane Doe");
        assertThat(cell.expected()).contains("a name cannot be looked up");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Customer,ACTIVE", "customer,ACTIVE", "Evangelist,ACTIVE", "Lead,PROSPECT", "Marketing Qualified Lead,PROSPECT",
            "salesqualifiedlead,PROSPECT", "Opportunity,PROSPECT", "Hot lead,PROSPECT", "COLD_LEAD,PROSPECT", "renewal,RENEWAL",
            "Paused,PAUSED"})
    void lifecycleStagesAndLabelsBecomeStages(String text, Stage stage) {
        assertThat(cells.stage().read(text).value()).isEqualTo(stage);
    }

    @Test
    void anUnknownStageIsRefusedListingWhatIsRead() {
        assertThat(cells.stage().read("Other").expected()).contains("Subscriber").contains("Hot lead");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"France,FR", "FR,FR", "fra,FR", "United States,US", "USA,US", "United Kingdom,GB", "UK,GB", "Allemagne,DE",
            "Côte d’Ivoire,CI", "cote d'ivoire,CI", "États-Unis,US"})
    void countriesAreReadByNameInEnglishOrFrenchOrByCode(String text, String code) {
        assertThat(cells.country().read(text).value()).isEqualTo(code);
    }

    @Test
    void websitesBecomeDomains() {
        assertThat(cells.domains().read("https://www.Northwind-School.fr/about?x=1; acme.com, http://shop.acme.com:8080").value())
                .containsExactly("northwind-school.fr", "acme.com", "shop.acme.com");
        assertThat(cells.domains().read("not a site").wrong()).isEqualTo("not");
    }

    @Test
    void datesMayCarryATime() {
        assertThat(cells.date().read("2025-03-01 11:02").value()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(cells.date().read("2025-03-01T11:02:00Z").value()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(cells.date().read("2025-03-01").value()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(cells.date().read("03/01/2025").value()).isNull();
    }

    @Test
    void industryLabelsAndInternalValuesReadAlike() {
        assertThat(cells.industry().read("COMPUTER_SOFTWARE").value()).isEqualTo("computer software");
        assertThat(cells.industry().read("Computer Software").value()).isEqualTo("computer software");
    }
}
