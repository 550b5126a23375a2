package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.blocks.ActionIds;
import app.delight.support.DelightExtension;
import app.delight.support.FakeSlackApi;
import app.delight.support.RunningDelight;
import app.delight.support.SlackMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /client-health acme} when two clients answer to "acme": the manager picks one and sees its health. */
class ClientHealthPickTest {
    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of("DELIGHT_MANAGERS", "U0TEST0001"), Clock.systemUTC())
            .withClients("two-acmes.csv").forgettingCallsBeforeEach();

    /** Button action id to its value, as the pick list offers them. */
    private static final Map<String, String> buttons = new HashMap<>();

    @BeforeAll
    static void collectThePickButtons() throws Exception {
        SlackMessage list = SlackMessage.parse(delight.app().slashCommand("/client-health", "acme").body());
        for (JsonNode block : list.json().path("blocks")) {
            for (JsonNode element : block.path("elements")) {
                buttons.put(element.path("text").path("text").asText(), element.path("action_id").asText() + "|"
                        + element.path("value").asText());
            }
        }
    }

    private static String click(String user, String team, String clientName) throws Exception {
        String[] button = buttons.get(clientName).split("\\|");
        String payload = delight.app().blockActionsPayload(button[0], button[1])
                .replace("\"id\":\"U0TEST0001\"", "\"id\":\"" + user + "\"")
                .replace("\"id\":\"" + RunningDelight.TEAM_ID + "\"", "\"id\":\"" + team + "\"");
        assertThat(delight.app().postSigned(RunningDelight.formEncode(Map.of("payload", payload)),
                Instant.now().getEpochSecond()).statusCode()).isEqualTo(200);
        return SlackMessage.parse(delight.slack().awaitCall(FakeSlackApi.RESPONSE_URL, Duration.ofSeconds(5)).rawBody())
                .visibleText();
    }

    @Test
    void severalMatchingClientsAreOfferedAsAListToPickFrom() {
        assertThat(buttons).containsOnlyKeys("Acme Corp", "Acme Labs");
        assertThat(buttons.values()).allMatch(button -> button.startsWith(ActionIds.HEALTH_PICK + "_"));
    }

    @Test
    void thePickedClientsHealthReplacesTheList() throws Exception {
        String detail = click("U0TEST0001", RunningDelight.TEAM_ID, "Acme Labs");

        assertThat(detail).contains("Acme Labs", "Health", "Recency").doesNotContain("Acme Corp");
    }

    @Test
    void aNonManagerPickingIsRefusedAndSeesNoHealth() throws Exception {
        String answer = click("U0NOTAMGR", RunningDelight.TEAM_ID, "Acme Labs");

        assertThat(answer).contains("is for managers").doesNotContain("Acme Labs", "Recency");
    }

    @Test
    void aPickSentFromAnotherWorkspaceFindsNoClient() throws Exception {
        String answer = click("U0TEST0001", "T0OTHER001", "Acme Labs");

        assertThat(answer).contains("no longer exists in this workspace").doesNotContain("Acme Labs", "Recency");
    }
}
