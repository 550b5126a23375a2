package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.blocks.ActionIds;
import app.delight.support.DelightExtension;
import app.delight.support.FakeSlackApi;
import app.delight.support.SlackMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What {@code /delight} and {@code /client-health} answer when the words after the client name no
 * sub-command or no client, through signed requests.
 */
class SubCommandWordsTest {
    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-28T15:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of("DELIGHT_MANAGERS", "U0TEST0001"), SATURDAY)
            .withClients("five-clients.csv").forgettingCallsBeforeEach();

    private static SlackMessage command(String command, String text) throws Exception {
        return SlackMessage.parse(delight.app().slashCommand(command, text).body());
    }

    /** Clicks a button and returns what replaced its message. */
    private static String click(JsonNode button) throws Exception {
        delight.app().clickButton(button.path("action_id").asText(), button.path("value").asText());
        return SlackMessage.parse(delight.slack().awaitCall(FakeSlackApi.RESPONSE_URL, Duration.ofSeconds(5)).rawBody())
                .visibleText();
    }

    @Test
    void aWordAfterTheClientThatIsNoSubCommandIsSaidToBeOneWithTheList() throws Exception {
        String answer = command("/delight", "acme foo bar").visibleText();

        assertThat(answer).contains("`foo` is not a sub-command. After *Acme Corp*, write one of `log`, `followup`, `struggle`,"
                + " `nps`, `free`, `incident`, or see `/delight help`.").doesNotContain("I don't know a client");
    }

    @Test
    void aQuotedClientFollowedByAWordThatIsNoSubCommandIsToldTheSame() throws Exception {
        assertThat(command("/delight", "\"blue harbor, ltd\" called them").visibleText())
                .contains("`called` is not a sub-command. After *Blue Harbor, Ltd*");
    }

    @Test
    void aMistypedSubCommandIsNamed() throws Exception {
        assertThat(command("/delight", "acme folowup send the deck").visibleText())
                .contains("`folowup` is not a sub-command", "Did you mean `followup`?");
    }

    @Test
    void namesOfSeveralWordsStillWorkUnquotedAndQuoted() throws Exception {
        assertThat(command("/delight", "blue harbor log Called the harbor master").visibleText())
                .contains("Logged a touchpoint with *Blue Harbor, Ltd*: Called the harbor master");
        assertThat(command("/delight", "\"northwind school\" log Called the school").visibleText())
                .contains("Logged a touchpoint with *Northwind School*: Called the school");
        assertThat(command("/delight", "northwind school").visibleText()).contains("Northwind School", "Log touchpoint");
    }

    @Test
    void anUnknownClientStillSaysSoWithTheNearestNamesAsButtons() throws Exception {
        SlackMessage answer = command("/delight", "globular");

        assertThat(answer.visibleText()).contains("I don't know a client called `globular`.", "Did you mean: *Globex*");
        JsonNode globex = answer.buttons().get("Globex");
        assertThat(globex.path("action_id").asText()).startsWith(ActionIds.PICK_CLIENT + "_");

        assertThat(click(globex)).contains("Globex", "Log touchpoint");
    }

    @Test
    void anUnknownClientForClientHealthSuggestsClientHealthAndOffersTheNearestAsButtons() throws Exception {
        SlackMessage answer = command("/client-health", "globular");

        assertThat(answer.visibleText()).contains("I don't know a client called `globular`.", "`/client-health <client>`")
                .doesNotContain("/delight <client>");
        JsonNode globex = answer.buttons().get("Globex");
        assertThat(globex.path("action_id").asText()).startsWith(ActionIds.HEALTH_PICK + "_");

        assertThat(click(globex)).contains("Globex", "Recency");
    }

    @Test
    void nothingCloseForClientHealthStillPointsToClientHealth() throws Exception {
        SlackMessage answer = command("/client-health", "zzzz");

        assertThat(answer.visibleText()).contains("I don't know a client called `zzzz`.", "`/client-health`")
                .doesNotContain("/delight <client>");
    }
}
