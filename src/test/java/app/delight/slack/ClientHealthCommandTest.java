package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.DelightExtension;
import app.delight.support.RunningDelight;
import app.delight.support.SlackMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /client-health} through signed HTTP: managers see the portfolio, nobody else sees anything. */
class ClientHealthCommandTest {
    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of("DELIGHT_MANAGERS", "U0TEST0001"), Clock.systemUTC())
            .withClients("five-clients.csv");

    private static SlackMessage health(String text) throws Exception {
        return SlackMessage.parse(delight.app().slashCommand("/client-health", text).body());
    }

    /** The score on each client line, in order. */
    static List<Integer> scores(SlackMessage message) {
        List<Integer> scores = new ArrayList<>();
        for (JsonNode block : message.json().path("blocks")) {
            String text = block.path("text").path("text").asText("");
            if (text.startsWith(":large_") || text.startsWith(":red_circle:")) {
                scores.add(Integer.parseInt(text.replaceAll("^\\S+ \\*(\\d+)\\*.*", "$1").strip()));
            }
        }
        return scores;
    }

    @Test
    void aManagerSeesEveryClientWorstFirstWithTheTargetsOnTop() throws Exception {
        SlackMessage portfolio = health("");

        assertThat(portfolio.json().path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(portfolio.visibleText()).contains("Green:", "target 80 %", "NPS:")
                .contains("Acme Corp", "Société Générale", "Blue Harbor, Ltd", "Northwind School", "Globex");
        assertThat(scores(portfolio)).hasSize(5).isSorted();
    }

    @Test
    void theClientHoldingOverAFifthOfRevenueIsFlagged() throws Exception {
        String text = health("").visibleText();

        String societe = text.lines().filter(line -> line.contains("Société Générale")).findFirst().orElseThrow();
        String northwind = text.lines().filter(line -> line.contains("Northwind School")).findFirst().orElseThrow();
        assertThat(societe).contains(":moneybag: 53 % of revenue");
        assertThat(northwind).doesNotContain(":moneybag:");
    }

    @Test
    void aNonManagerIsRefusedPolitelyAndLearnsNothingAboutAnyClient() throws Exception {
        String body = delight.app().slashCommandFrom(RunningDelight.TEAM_ID, "U0NOTAMGR", "/client-health", "").body();
        String acme = delight.app().slashCommandFrom(RunningDelight.TEAM_ID, "U0NOTAMGR", "/client-health", "acme").body();

        assertThat(SlackMessage.parse(body).visibleText()).contains("is for managers", "<@U0TEST0001>", "DELIGHT_MANAGERS");
        for (String answer : List.of(body, acme)) {
            assertThat(answer).doesNotContain("Acme", "Globex", "Société", "Northwind", "Blue Harbor");
        }
    }

    @Test
    void oneClientInDetailShowsItsPartsAndWhatLiesBehindThem() throws Exception {
        delight.app().slashCommand("/delight", "acme incident Threatened to sue over a typo");

        String detail = health("acme").visibleText();

        assertThat(detail).contains("Acme Corp", "Health", "NPS", "Recency", "Follow-ups", "Engagement", "Struggles", "Incidents")
                .contains("Recent touchpoints", "Open follow-ups", "Free work", "Threatened to sue over a typo");
    }
}
