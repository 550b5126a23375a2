package app.delight.slack;

import static app.delight.support.RunningDelight.textInput;
import static org.assertj.core.api.Assertions.assertThat;

import app.delight.blocks.ActionIds;
import app.delight.blocks.RecordModal;
import app.delight.support.DelightExtension;
import app.delight.support.FakeSlackApi;
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
 * Follow-up dates as people type them, through signed requests: the text form and the Add follow-up
 * modal read them alike, refuse what they cannot read with the reason, and ask before keeping a date
 * in the past. Acme Corp is in New York, where it is Saturday 28 November 2026 in the morning.
 */
class FollowUpDatesTest {
    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-28T15:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of(), SATURDAY)
            .withClients("five-clients.csv").forgettingCallsBeforeEach();

    private static SlackMessage command(String text) throws Exception {
        return SlackMessage.parse(delight.app().slashCommand("/delight", text).body());
    }

    private static List<String> saved(String text) {
        return TestData.query(delight.app().databaseUrl(),
                "SELECT text || ' ' || coalesce(due_on::text, 'no date') FROM follow_ups WHERE text LIKE '" + text + "%'");
    }

    private static SlackMessage click(JsonNode button) throws Exception {
        assertThat(delight.app().clickButton(button.path("action_id").asText(), button.path("value").asText()).statusCode())
                .isEqualTo(200);
        return SlackMessage.parse(delight.slack().awaitCall(FakeSlackApi.RESPONSE_URL, Duration.ofSeconds(5)).rawBody());
    }

    @Test
    void aMistypedDateIsRefusedWithTheReasonAndNothingIsSaved() throws Exception {
        SlackMessage answer = command("acme followup send the typo deck by fridya");

        assertThat(answer.visibleText()).contains("\"fridya\" is not a date I understand: did you mean friday?");
        assertThat(saved("send the typo deck")).isEmpty();
    }

    @Test
    void inThreeDaysNextWeekAndAWeekdayWorkWithOrWithoutBy() throws Exception {
        assertThat(command("acme followup send the relative deck in 3 days").visibleText())
                .contains("Follow-up added for *Acme Corp*, due Tuesday 1 December: send the relative deck");
        command("acme followup call the relative team next week");
        command("acme followup book the relative venue by friday");
        command("acme followup print the relative flyers friday");

        assertThat(saved("send the relative deck")).containsExactly("send the relative deck 2026-12-01");
        assertThat(saved("call the relative team")).containsExactly("call the relative team 2026-12-05");
        assertThat(saved("book the relative venue")).containsExactly("book the relative venue 2026-12-04");
        assertThat(saved("print the relative flyers")).containsExactly("print the relative flyers 2026-12-04");
    }

    @Test
    void aDateInThePastIsAskedAboutAndTheSuggestedDateIsSavedWithOneClick() throws Exception {
        SlackMessage question = command("acme followup send the old deck by 2020-01-01");

        assertThat(question.visibleText()).contains(
                "Wednesday 1 January 2020 was 6 years ago: did you mean Friday 1 January 2027?", "Nothing is saved until you choose.");
        assertThat(saved("send the old deck")).isEmpty();
        Map<String, JsonNode> buttons = question.buttons();
        assertThat(buttons).containsOnlyKeys("Save it for Friday 1 January 2027", "Keep Wednesday 1 January 2020, already late");

        SlackMessage answer = click(buttons.get("Save it for Friday 1 January 2027"));

        assertThat(saved("send the old deck")).containsExactly("send the old deck 2027-01-01");
        assertThat(answer.json().path("replace_original").asBoolean()).isTrue();
        assertThat(answer.visibleText()).contains("Follow-up added for *Acme Corp*, due Friday 1 January 2027: send the old deck");
    }

    @Test
    void aDateInThePastIsKeptWhenTheUserSaysItIsRight() throws Exception {
        SlackMessage question = command("acme followup chase the late invoice by 20 November 2026");
        assertThat(question.visibleText()).contains("Friday 20 November was 8 days ago: did you mean Saturday 20 November 2027?");

        click(question.buttons().get("Keep Friday 20 November, already late"));

        assertThat(saved("chase the late invoice")).containsExactly("chase the late invoice 2026-11-20");
    }

    // ---- the Add follow-up modal reads dates the same way -----------------------------------

    private static JsonNode openAddFollowUp() throws Exception {
        SlackMessage card = command("acme");
        for (JsonNode element : card.json().path("blocks").findValues("elements").stream().flatMap(list -> list.valueStream()).toList()) {
            if (element.path("action_id").asText().equals(ActionIds.ADD_FOLLOW_UP)) {
                delight.app().clickButton(ActionIds.ADD_FOLLOW_UP, element.path("value").asText());
                return delight.slack().lastCall("views.open").paramJson("view");
            }
        }
        throw new AssertionError("no Add follow-up button on " + card.json());
    }

    private static HttpResponse<String> submit(String metadata, String text, String due) throws Exception {
        Map<String, ObjectNode> inputs = Map.of(RecordModal.TEXT_BLOCK, textInput(text), RecordModal.DUE_BLOCK, textInput(due));
        return delight.app().submitViewState(ActionIds.ADD_FOLLOW_UP_VIEW, metadata, inputs);
    }

    @Test
    void theModalRefusesAMistypedDateBesideTheFieldWithTheTextFormsReason() throws Exception {
        HttpResponse<String> refused = submit(openAddFollowUp().path("private_metadata").asText(), "send the modal typo deck", "fridya");

        assertThat(SlackMessage.parse(refused.body()).json().path("errors").path(RecordModal.DUE_BLOCK).asText())
                .isEqualTo("\"fridya\" is not a date I understand: did you mean friday?");
        assertThat(saved("send the modal typo deck")).isEmpty();
    }

    @Test
    void theModalReadsTheWordsTheTextFormReads() throws Exception {
        HttpResponse<String> saved = submit(openAddFollowUp().path("private_metadata").asText(), "send the modal deck", "in 3 days");

        assertThat(saved.body()).doesNotContain("errors");
        assertThat(saved("send the modal deck")).containsExactly("send the modal deck 2026-12-01");
    }

    @Test
    void theModalWarnsUnderTheFieldOnceAndKeepsAPastDateSavedAgain() throws Exception {
        String metadata = openAddFollowUp().path("private_metadata").asText();

        JsonNode warned = SlackMessage.parse(submit(metadata, "send the modal old deck", "2020-01-01").body()).json();

        assertThat(warned.path("response_action").asText()).isEqualTo("update");
        JsonNode view = warned.path("view");
        assertThat(view.toString()).contains("Wednesday 1 January 2020 was 6 years ago: did you mean Friday 1 January 2027?",
                "Save again to keep it, or write the date you mean.");
        assertThat(view.path("blocks").findValues("initial_value")).extracting(JsonNode::asText)
                .containsExactly("send the modal old deck", "2020-01-01");
        assertThat(saved("send the modal old deck")).isEmpty();

        HttpResponse<String> kept = submit(view.path("private_metadata").asText(), "send the modal old deck", "2020-01-01");

        assertThat(kept.body()).doesNotContain("response_action");
        assertThat(saved("send the modal old deck")).containsExactly("send the modal old deck 2020-01-01");
    }

    @Test
    void theModalTakesTheSuggestedDateWrittenAfterTheWarning() throws Exception {
        String metadata = openAddFollowUp().path("private_metadata").asText();
        JsonNode view = SlackMessage.parse(submit(metadata, "send the modal fixed deck", "1 jan 2020").body()).json().path("view");

        submit(view.path("private_metadata").asText(), "send the modal fixed deck", "1 January 2027");

        assertThat(saved("send the modal fixed deck")).containsExactly("send the modal fixed deck 2027-01-01");
    }

    @Test
    void anotherPastDateAfterTheWarningIsWarnedAboutAgain() throws Exception {
        String metadata = openAddFollowUp().path("private_metadata").asText();
        JsonNode view = SlackMessage.parse(submit(metadata, "send the modal twice deck", "2020-01-01").body()).json().path("view");

        JsonNode again = SlackMessage.parse(submit(view.path("private_metadata").asText(), "send the modal twice deck", "2021-01-01")
                .body()).json();

        assertThat(again.path("response_action").asText()).isEqualTo("update");
        assertThat(again.path("view").toString()).contains("Friday 1 January 2021 was 5 years ago");
        assertThat(saved("send the modal twice deck")).isEmpty();
    }
}
