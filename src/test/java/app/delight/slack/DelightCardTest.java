package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.blocks.ActionIds;
import app.delight.support.DelightExtension;
import app.delight.support.MutableClock;
import app.delight.support.SlackCall;
import app.delight.support.SlackMessage;
import app.delight.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /delight <client>} and its sub-commands through signed HTTP, after a real import. */
class DelightCardTest {
    // Acme renews on 2027-02-01: on this day its renewal is 90 days away.
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-03T10:00:00Z"));

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of(), CLOCK)
            .withClients("five-clients.csv").forgettingCallsBeforeEach();

    private static SlackMessage command(String text) throws Exception {
        HttpResponse<String> response = delight.app().slashCommand("/delight", text);
        assertThat(response.statusCode()).isEqualTo(200);
        return SlackMessage.parse(response.body());
    }

    /** The prompts' button values on a card, in order. */
    private static List<String> promptValues(SlackMessage card) {
        List<String> values = new ArrayList<>();
        for (JsonNode block : card.json().path("blocks")) {
            if (block.path("block_id").asText().startsWith("prompt-")) {
                values.add(block.path("elements").get(0).path("value").asText());
            }
        }
        return values;
    }

    @Test
    void acmeShowsACardNamingTheClientWithAtLeastThreePrompts() throws Exception {
        SlackMessage card = command("acme");

        assertThat(card.json().path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(card.json().path("blocks").get(0).path("text").path("text").asText()).isEqualTo("Acme Corp");
        assertThat(promptValues(card)).hasSizeBetween(3, 5);
        assertThat(card.visibleText()).contains("Done", "Snooze 1 week", "Not relevant", "Log touchpoint", "Add follow-up");
    }

    @Test
    void aFollowUpDueTomorrowIsFirstAndLateTwoDaysLaterAndDoneRemovesIt() throws Exception {
        SlackMessage added = command("acme followup send the Q3 deck by tomorrow");
        assertThat(added.visibleText()).contains("Follow-up added for *Acme Corp*, due Wednesday 4 November: send the Q3 deck");

        CLOCK.advance(Duration.ofDays(2));
        try {
            SlackMessage later = command("acme");
            assertThat(later.visibleText()).contains("send the Q3 deck", "Follow-up 1 day late (due Wednesday 4 November)");
            String followUp = promptValues(later).get(0);
            assertThat(followUp).contains("|follow_up:");

            assertThat(delight.app().clickButton(ActionIds.DONE, followUp).statusCode()).isEqualTo(200);

            SlackCall redraw = delight.slack().awaitCall("response_url", Duration.ofSeconds(5));
            assertThat(redraw.param("replace_original")).isEqualTo("true");
            assertThat(SlackMessage.parse(redraw.rawBody()).visibleText()).contains("Acme Corp").doesNotContain("send the Q3 deck");
            assertThat(command("acme").visibleText()).doesNotContain("send the Q3 deck");
            assertThat(query("SELECT status FROM follow_ups WHERE text = 'send the Q3 deck'")).containsExactly("done");
            assertThat(query("SELECT responded_by || ' ' || response || ' ' || prompt_kind FROM prompt_responses"))
                    .contains("U0TEST0001 done follow_up");
        } finally {
            CLOCK.advance(Duration.ofDays(-2));
        }
    }

    @Test
    void anNpsOfElevenIsRefusedWithTheValidRangeAndNothingIsWritten() throws Exception {
        SlackMessage answer = command("acme nps 11");

        assertThat(answer.visibleText()).contains("NPS is a whole number from 0 to 10, got 11.");
        assertThat(query("SELECT count(*) FROM nps_answers")).containsExactly("0");
    }

    @Test
    void anUnknownClientIsAnsweredWithTheClosestNames() throws Exception {
        SlackMessage answer = command("zzz");

        assertThat(answer.visibleText()).contains("I don't know a client called `zzz`").contains("Did you mean");
    }

    @Test
    void societeFindsSocieteGenerale() throws Exception {
        assertThat(command("societe").json().path("blocks").get(0).path("text").path("text").asText())
                .isEqualTo("Société Générale");
    }

    @Test
    void aQuotedNameWithSpacesAndATouchpointAreLogged() throws Exception {
        SlackMessage answer = command("\"blue harbor, ltd\" log Called about the menu <!channel>");

        assertThat(answer.visibleText()).contains("Logged a touchpoint with *Blue Harbor, Ltd*: Called about the menu <!channel>");
        assertThat(answer.mrkdwn()).doesNotContain("<!channel>");
        assertThat(query("SELECT text FROM touchpoints")).contains("Called about the menu <!channel>");
    }

    @Test
    void aTextOverTheLimitIsRefusedAndNothingIsWritten() throws Exception {
        SlackMessage answer = command("globex struggle " + "x".repeat(10_000));

        assertThat(answer.visibleText()).contains("the limit is 3,000");
        assertThat(query("SELECT count(*) FROM struggles")).containsExactly("0");
    }

    @Test
    void aBadDateIsExplainedWithExamples() throws Exception {
        assertThat(command("globex followup call back by 2026-02-30").visibleText()).contains("not a real date");
    }

    @Test
    void delightAloneListsTheCallersClientsFirst() throws Exception {
        String text = command("").visibleText();

        assertThat(text.indexOf("Your clients")).isLessThan(text.indexOf("Other clients"));
        assertThat(text.substring(0, text.indexOf("Other clients"))).contains("Acme Corp", "Blue Harbor, Ltd")
                .doesNotContain("Globex");
    }

    @Test
    void freeWorkAndAnIncidentAreRecorded() throws Exception {
        assertThat(command("northwind free 2h strategic Extra poster sizes").visibleText())
                .contains("Recorded 2 h of strategic free work for *Northwind School*");
        assertThat(command("northwind incident Shouted at our designer").visibleText()).contains("Only managers can see it");
        assertThat(query("SELECT kind FROM free_work")).containsExactly("strategic");
        assertThat(query("SELECT text FROM incidents")).containsExactly("Shouted at our designer");
    }

    private static List<String> query(String sql) {
        return TestData.query(delight.app().databaseUrl(), sql);
    }
}
