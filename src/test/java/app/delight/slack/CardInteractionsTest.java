package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.blocks.ActionIds;
import app.delight.blocks.RecordModal;
import app.delight.support.DelightExtension;
import app.delight.support.SlackCall;
import app.delight.support.SlackMessage;
import app.delight.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Picking among similar clients, snoozing, and the card's modals, through signed HTTP. */
class CardInteractionsTest {
    @RegisterExtension
    static final DelightExtension delight = new DelightExtension().withClients("two-acmes.csv").forgettingCallsBeforeEach();

    private static SlackMessage command(String text) throws Exception {
        return SlackMessage.parse(delight.app().slashCommand("/delight", text).body());
    }

    private static JsonNode buttonLabelled(SlackMessage message, String label) {
        for (JsonNode block : message.json().path("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("text").path("text").asText().equals(label)) {
                    return element;
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + message.json());
    }

    @Test
    void twoClientsStartingAlikeAreOfferedAndThePickedOneGetsTheCommand() throws Exception {
        SlackMessage question = command("acme log Called about the launch");
        assertThat(question.visibleText()).contains("Several clients match `acme`");

        JsonNode labs = buttonLabelled(question, "Acme Labs");
        delight.app().clickButton(labs.path("action_id").asText(), labs.path("value").asText());

        SlackCall answer = delight.slack().awaitCall("response_url", Duration.ofSeconds(5));
        assertThat(SlackMessage.parse(answer.rawBody()).visibleText()).contains("Logged a touchpoint with *Acme Labs*");
        assertThat(query("SELECT c.name FROM touchpoints t JOIN clients c ON c.id = t.client_id WHERE t.text = 'Called about the launch'")).containsExactly("Acme Labs");
    }

    @Test
    void snoozingAPromptHidesItFromTheRedrawnCard() throws Exception {
        SlackMessage card = command("acme corp");
        JsonNode snooze = buttonLabelled(card, "Snooze 1 week");
        String promptKey = snooze.path("value").asText().split("\\|", 2)[1];

        delight.app().clickButton(ActionIds.SNOOZE, snooze.path("value").asText());

        SlackCall redraw = delight.slack().awaitCall("response_url", Duration.ofSeconds(5));
        assertThat(redraw.rawBody()).doesNotContain(promptKey);
        assertThat(query("SELECT response || ' ' || (snoozed_until - CURRENT_DATE) FROM prompt_responses WHERE prompt_key = '"
                + promptKey + "'")).containsExactly("snoozed 7");
    }

    @Test
    void logTouchpointOpensAModalAndItsSubmissionIsLogged() throws Exception {
        JsonNode open = buttonLabelled(command("acme labs"), "Log touchpoint");

        delight.app().clickButton(open.path("action_id").asText(), open.path("value").asText());

        JsonNode view = delight.slack().lastCall("views.open").paramJson("view");
        assertThat(view.path("callback_id").asText()).isEqualTo(ActionIds.LOG_TOUCHPOINT_VIEW);
        HttpResponse<String> saved = delight.app().submitView(ActionIds.LOG_TOUCHPOINT_VIEW,
                view.path("private_metadata").asText(), Map.of(RecordModal.TEXT_BLOCK, "Lunch with their CTO"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("errors");
        assertThat(query("SELECT text FROM touchpoints")).contains("Lunch with their CTO");
        List<SlackCall> answers = delight.slack().awaitCalls("response_url", 2, Duration.ofSeconds(5));
        assertThat(SlackMessage.parse(answers.get(0).rawBody()).visibleText()).contains("Logged a touchpoint with *Acme Labs*");
        assertThat(SlackMessage.parse(answers.get(1).rawBody()).visibleText()).contains("last contact today");
    }

    @Test
    void aFollowUpModalWithABadDateShowsTheProblemBesideTheFieldAndSavesNothing() throws Exception {
        JsonNode open = buttonLabelled(command("acme labs"), "Add follow-up");
        delight.app().clickButton(open.path("action_id").asText(), open.path("value").asText());
        JsonNode view = delight.slack().lastCall("views.open").paramJson("view");

        HttpResponse<String> refused = delight.app().submitView(ActionIds.ADD_FOLLOW_UP_VIEW, view.path("private_metadata").asText(),
                Map.of(RecordModal.TEXT_BLOCK, "Send the contract", RecordModal.DUE_BLOCK, "31/12"));

        JsonNode body = SlackMessage.parse(refused.body()).json();
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path(RecordModal.DUE_BLOCK).asText()).contains("\"31/12\"").contains("tomorrow");
        assertThat(query("SELECT count(*) FROM follow_ups WHERE text = 'Send the contract'")).containsExactly("0");
    }

    private static List<String> query(String sql) {
        return TestData.query(delight.app().databaseUrl(), sql);
    }
}
