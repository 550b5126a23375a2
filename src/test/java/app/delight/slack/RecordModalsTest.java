package app.delight.slack;

import static app.delight.support.RunningDelight.selected;
import static app.delight.support.RunningDelight.textInput;
import static org.assertj.core.api.Assertions.assertThat;

import app.delight.blocks.ActionIds;
import app.delight.blocks.RecordModal;
import app.delight.support.DelightExtension;
import app.delight.support.SlackMessage;
import app.delight.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The card's buttons for a struggle, an NPS answer, free work and an incident: each opens a modal
 * that records what the text form records, checked field by field first.
 */
class RecordModalsTest {
    /** No nudge is due on a Saturday: the only posts are the ones a test makes happen. */
    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of("DELIGHT_MANAGERS", "U0BOSS0001"), SATURDAY)
            .withClients("five-clients.csv").forgettingCallsBeforeEach();

    /** Clicks the card's button labelled so, and returns the modal Slack was asked to open. */
    private static JsonNode open(String label) throws Exception {
        SlackMessage card = SlackMessage.parse(delight.app().slashCommand("/delight", "globex").body());
        for (JsonNode element : card.json().path("blocks").findValues("elements").stream().flatMap(list -> list.valueStream()).toList()) {
            if (element.path("text").path("text").asText().equals(label)) {
                delight.app().clickButton(element.path("action_id").asText(), element.path("value").asText());
                return delight.slack().lastCall("views.open").paramJson("view");
            }
        }
        throw new AssertionError("no " + label + " button on " + card.json());
    }

    private static HttpResponse<String> submit(JsonNode modal, Map<String, ObjectNode> inputs) throws Exception {
        return delight.app().submitViewState(modal.path("callback_id").asText(), modal.path("private_metadata").asText(), inputs);
    }

    /** A saved modal's two answers through the card's response URL: what was recorded, to the submitter alone, then the card. */
    private static List<SlackMessage> answers() {
        return delight.slack().awaitCalls("response_url", 2, Duration.ofSeconds(5)).stream()
                .map(call -> SlackMessage.parse(call.rawBody())).toList();
    }

    @Test
    void eachRecordButtonOpensItsModalForTheClient() throws Exception {
        assertThat(List.of(open("Note a struggle"), open("Record NPS"), open("Log free work"), open("Report an incident")))
                .extracting(modal -> modal.path("callback_id").asText())
                .containsExactly(ActionIds.NOTE_STRUGGLE_VIEW, ActionIds.RECORD_NPS_VIEW, ActionIds.LOG_FREE_WORK_VIEW,
                        ActionIds.RECORD_INCIDENT_VIEW);
        assertThat(open("Record NPS").toString()).contains("Globex");
    }

    @Test
    void aDetractorsNpsFromTheModalIsRecordedAndAlertsAsTheTextFormDoes() throws Exception {
        HttpResponse<String> saved = submit(open("Record NPS"), Map.of(RecordModal.SCORE_BLOCK, selected("4"),
                RecordModal.TEXT_BLOCK, textInput("Invoices are confusing")));

        assertThat(saved.body()).doesNotContain("errors");
        assertThat(query("SELECT score || ' ' || comment FROM nps_answers")).containsExactly("4 Invoices are confusing");
        List<SlackMessage> answers = answers();
        assertThat(answers.get(0).json().path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answers.get(0).visibleText()).contains("Recorded an NPS answer of 4 for *Globex*", "The owners and managers have been alerted.");
        assertThat(answers.get(1).json().path("replace_original").asBoolean()).isTrue();
        assertThat(answers.get(1).visibleText()).contains("Globex").doesNotContain("Recorded an NPS answer");
        assertThat(delight.slack().awaitCalls("chat.postMessage", 2, Duration.ofSeconds(5)))
                .extracting(call -> call.param("channel")).contains("U0BOSS0001");
    }

    @Test
    void anNpsWithoutAScoreIsRefusedBesideTheFieldAndNothingIsWritten() throws Exception {
        JsonNode refused = SlackMessage.parse(submit(open("Record NPS"), Map.of(RecordModal.TEXT_BLOCK, textInput("Meh"))).body()).json();

        assertThat(refused.path("errors").path(RecordModal.SCORE_BLOCK).asText()).isEqualTo("Choose a score from 0 to 10.");
        assertThat(query("SELECT count(*) FROM nps_answers WHERE comment = 'Meh'")).containsExactly("0");
    }

    @Test
    void freeWorkFromTheModalRecordsItsHoursKindAndText() throws Exception {
        submit(open("Log free work"), Map.of(RecordModal.HOURS_BLOCK, textInput("1,5"), RecordModal.KIND_BLOCK, selected("secret"),
                RecordModal.TEXT_BLOCK, textInput("Redrew the logo")));

        assertThat(query("SELECT hours || ' ' || kind || ' ' || text FROM free_work")).containsExactly("1.50 secret Redrew the logo");
        assertThat(answers().get(0).visibleText()).contains("1.5", "secret", "Redrew the logo");
    }

    @Test
    void freeWorkOfNoHoursOrOfNoKindIsRefusedBesideEachField() throws Exception {
        JsonNode refused = SlackMessage.parse(submit(open("Log free work"), Map.of(RecordModal.HOURS_BLOCK, textInput("0"),
                RecordModal.TEXT_BLOCK, textInput("Nothing at all"))).body()).json();

        assertThat(refused.path("errors").path(RecordModal.HOURS_BLOCK).asText()).contains("more than 0 and at most 1000");
        assertThat(refused.path("errors").path(RecordModal.KIND_BLOCK).asText()).isEqualTo("Choose strategic or secret.");
        assertThat(query("SELECT count(*) FROM free_work WHERE text = 'Nothing at all'")).containsExactly("0");
    }

    @Test
    void aStruggleAndAnIncidentFromTheirModalsAreRecorded() throws Exception {
        submit(open("Note a struggle"), Map.of(RecordModal.TEXT_BLOCK, textInput("They export to Excel by hand")));
        answers();
        delight.slack().reset();
        submit(open("Report an incident"), Map.of(RecordModal.TEXT_BLOCK, textInput("Shouted at our designer")));

        List<SlackMessage> incident = answers();
        assertThat(incident.get(0).visibleText()).contains("Incident recorded for *Globex*");
        assertThat(incident.get(1).visibleText()).doesNotContain("Incident", "Shouted");

        assertThat(query("SELECT text FROM struggles")).containsExactly("They export to Excel by hand");
        assertThat(query("SELECT text FROM incidents")).containsExactly("Shouted at our designer");
    }

    private static List<String> query(String sql) {
        return TestData.query(delight.app().databaseUrl(), sql);
    }
}
