package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.DelightExtension;
import app.delight.support.MutableClock;
import app.delight.support.SlackCall;
import app.delight.support.SlackMessage;
import app.delight.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each of a card's buttons, clicked through signed HTTP: what it records, what it closes, and the
 * card redrawn without the prompt.
 */
class PromptButtonsTest {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-03T10:00:00Z"));

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of(), CLOCK)
            .withClients("five-clients.csv").forgettingCallsBeforeEach();

    private static SlackMessage command(String text) throws Exception {
        return SlackMessage.parse(delight.app().slashCommand("/delight", text).body());
    }

    /** Clicks the button labelled so on the card's first prompt of this kind, and returns the redrawn card. */
    private static String click(String client, String kind, String label) throws Exception {
        JsonNode button = button(command(client), kind, label);
        assertThat(delight.app().clickButton(button.path("action_id").asText(), button.path("value").asText()).statusCode())
                .isEqualTo(200);
        return SlackMessage.parse(delight.slack().awaitCall("response_url", Duration.ofSeconds(5)).rawBody()).visibleText();
    }

    /** The button labelled so, on the first prompt of this kind, or anywhere on the card when the kind is null. */
    private static JsonNode button(SlackMessage card, String kind, String label) {
        for (JsonNode block : card.json().path("blocks")) {
            for (JsonNode element : block.path("elements")) {
                boolean ofKind = kind == null || element.path("value").asText().contains("|" + kind + ":");
                if (element.path("text").path("text").asText().equals(label) && ofKind) {
                    return element;
                }
            }
        }
        throw new AssertionError("no " + label + " button on a " + kind + " prompt in " + card.json());
    }

    @Test
    void notRelevantOnALateFollowUpCancelsIt() throws Exception {
        command("northwind followup book the spring visit by tomorrow");
        CLOCK.advance(Duration.ofDays(2));
        try {
            String redrawn = click("northwind", "follow_up", "Not relevant");

            assertThat(redrawn).contains("Northwind School").doesNotContain("book the spring visit");
            assertThat(query("SELECT status || ' ' || closed_by FROM follow_ups WHERE text = 'book the spring visit'"))
                    .containsExactly("cancelled U0TEST0001");
        } finally {
            CLOCK.advance(Duration.ofDays(-2));
        }
    }

    @ParameterizedTest(name = "{2} closes the struggle as {3}")
    @CsvSource({
        "globex, They re-key the weekly report by hand, Removed, removed",
        "blue harbor, They print every invoice, Client prefers it as is, kept",
    })
    void aStruggleButtonClosesTheStruggle(String client, String struggle, String label, String status) throws Exception {
        command(client + " struggle " + struggle);

        String redrawn = click(client, "struggle", label);

        assertThat(redrawn).doesNotContain(struggle);
        assertThat(query("SELECT status FROM struggles WHERE text = '" + struggle + "'")).containsExactly(status);
    }

    @Test
    void sharedOnATipRecordsItAndTakesItOffTheCard() throws Exception {
        String tip = button(command("acme"), "tip", "Shared").path("value").asText().split("\\|", 2)[1];

        String redrawn = click("acme", "tip", "Shared");

        assertThat(delight.slack().lastCall("response_url").rawBody()).doesNotContain(tip);
        assertThat(redrawn).contains("Acme Corp");
        assertThat(query("SELECT response FROM prompt_responses WHERE prompt_key = '" + tip + "'")).containsExactly("shared");
    }

    @Test
    void shareInChannelPostsTheCardForEveryoneAndTellsTheSharer() throws Exception {
        JsonNode share = button(command("acme"), null, "Share in channel");

        delight.app().clickButton(share.path("action_id").asText(), share.path("value").asText());

        List<SlackCall> answers = delight.slack().awaitCalls("response_url", 2, Duration.ofSeconds(5));
        assertThat(answers.get(0).param("response_type")).isEqualTo("in_channel");
        assertThat(answers.get(0).param("replace_original")).isEqualTo("false");
        assertThat(SlackMessage.parse(answers.get(0).rawBody()).visibleText()).contains("Shared by <@U0TEST0001>", "Acme Corp");
        assertThat(answers.get(1).param("replace_original")).isEqualTo("true");
        assertThat(SlackMessage.parse(answers.get(1).rawBody()).visibleText()).contains("Shared in this channel.", "Acme Corp");
    }

    private static List<String> query(String sql) {
        return TestData.query(delight.app().databaseUrl(), sql);
    }
}
