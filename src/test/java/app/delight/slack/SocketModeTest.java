package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.CapturedLogs;
import app.delight.support.FakeSlackApi;
import app.delight.support.FakeSocketMode;
import app.delight.support.RunningDelight;
import app.delight.support.SlackCall;
import app.delight.support.TestData;
import app.delight.support.TestPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With {@code SLACK_APP_TOKEN} set the app talks to Slack over Socket Mode: it asks
 * {@code apps.connections.open} for a WebSocket, and commands, clicks and events arrive as envelopes
 * that it acknowledges on the same socket, with the answer in the acknowledgement.
 */
class SocketModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SLACKS_LIMIT = Duration.ofSeconds(3);
    private static final String APP_TOKEN = "xapp-1-A0TEST0001-test";

    private static FakeSlackApi slack;
    private static FakeSocketMode socket;
    private static RunningDelight app;
    private static SlackCall connectionsOpen;
    private static CapturedLogs logs;

    @BeforeAll
    static void connect() throws Exception {
        logs = CapturedLogs.start();
        slack = FakeSlackApi.start();
        socket = FakeSocketMode.start();
        slack.answer("apps.connections.open", socket.connectionsOpenAnswer());
        String database = TestPostgres.newDatabase("socket_mode");
        TestData.importClients(database, "five-clients.csv");
        app = RunningDelight.start(slack, database, Map.of("SLACK_APP_TOKEN", APP_TOKEN), Clock.systemUTC());
        socket.awaitConnection(Duration.ofSeconds(10));
        connectionsOpen = slack.lastCall("apps.connections.open");
    }

    @AfterAll
    static void close() {
        // In this order, each only if it started: the log capture must not outlive the class.
        if (logs != null) {
            logs.close();
        }
        if (app != null) {
            app.close();
        }
        if (socket != null) {
            socket.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @BeforeEach
    void forgetCalls() {
        slack.reset();
        // Kept for a reconnection: the client checks the socket every few seconds and opens another if it must.
        slack.answer("apps.connections.open", socket.connectionsOpenAnswer());
    }

    private static JsonNode command(String text) {
        ObjectNode payload = JSON.valueToTree(RunningDelight.slashCommandFields(slack, "/delight", text));
        return socket.awaitAck(socket.send("slash_commands", payload, 0), SLACKS_LIMIT).path("payload");
    }

    @Test
    void theAppAskedForItsSocketWithTheAppLevelTokenNotTheBotToken() {
        assertThat(connectionsOpen.token()).isEqualTo(APP_TOKEN);
    }

    /** The app's own logging; Tyrus, the WebSocket client, logs through java.util.logging, which is not captured. */
    @Test
    void theAppLevelTokenNeverAppearsInTheLogs() {
        command("acme");

        assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(APP_TOKEN));
    }

    @Test
    void aSlashCommandIsAnsweredWithTheClientsCardInItsAcknowledgement() {
        JsonNode answer = command("acme");

        assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.path("blocks").get(0).path("text").path("text").asText()).isEqualTo("Acme Corp");
    }

    @Test
    void anUnknownClientIsAnsweredWithAClearMessage() {
        JsonNode answer = command("initech");

        assertThat(answer.toString()).contains("initech");
        assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
    }

    @Test
    void aClickOnTheCardIsAcknowledgedAndTheCardRedrawnThroughItsResponseUrl() throws Exception {
        String snooze = buttonValue(command("acme"), "prompt_snooze");

        JsonNode click = JSON.readTree(app.blockActionsPayload("prompt_snooze", snooze));
        socket.awaitAck(socket.send("interactive", (ObjectNode) click, 0), SLACKS_LIMIT);

        JsonNode redrawn = JSON.readTree(slack.awaitCall(FakeSlackApi.RESPONSE_URL, Duration.ofSeconds(5)).rawBody());
        assertThat(redrawn.path("replace_original").asBoolean()).isTrue();
        assertThat(redrawn.toString()).contains("Acme Corp").doesNotContain(snooze);
    }

    @Test
    void anEventRetriedBySlackIsAcknowledgedEachTimeButHandledOnce() throws Exception {
        ObjectNode opened = (ObjectNode) JSON.readTree(app.homeOpenedBody(RunningDelight.TEAM_ID, "U0TEST0001", "home"));

        String eventId = opened.path("event_id").asText();

        socket.awaitAck(socket.send("events_api", opened, 0), SLACKS_LIMIT);
        slack.awaitCall("views.publish", Duration.ofSeconds(5));
        socket.awaitAck(socket.send("events_api", opened, 1), SLACKS_LIMIT);
        socket.awaitAck(socket.send("events_api", opened, 2), SLACKS_LIMIT);

        // Dropped before the acknowledgement, so already logged: nothing left to wait for.
        assertThat(logs.lines()).filteredOn(line -> line.startsWith("Dropped a repeated delivery of event " + eventId))
                .hasSize(2);
        assertThat(slack.calls("views.publish")).hasSize(1);
    }

    /** The value of the first button with this action on a card: which client and which prompt. */
    private static String buttonValue(JsonNode card, String actionId) {
        for (JsonNode block : card.path("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no " + actionId + " button on " + card);
    }
}
