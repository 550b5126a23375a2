package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.blocks.ActionIds;
import app.delight.cli.RootCommand;
import app.delight.support.DelightExtension;
import app.delight.support.MutableClock;
import app.delight.support.RunningDelight;
import app.delight.support.SlackCall;
import app.delight.support.SlackMessage;
import app.delight.support.TestData;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A calendar's meetings on {@code /delight acme}, through signed HTTP: the QBR next Thursday is a prompt to prepare. */
class MeetingPromptCardTest {
    /** Friday 20 March 2026, 13:00 in Paris. */
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-20T12:00:00Z"));

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of(), CLOCK)
            .withClients("acme-and-globex-with-domains.csv").forgettingCallsBeforeEach();

    @BeforeAll
    static void importTheCalendar() throws Exception {
        Path ics = Path.of(Objects.requireNonNull(MeetingPromptCardTest.class.getResource("/calendar/acme-meetings.ics")).toURI());
        int exit = RootCommand.commandLine(Map.of("DATABASE_URL", delight.app().databaseUrl()), CLOCK)
                .execute("import", "meetings", ics.toString(), "--team", RunningDelight.TEAM_ID);
        assertThat(exit).isZero();
    }

    private static SlackMessage card() throws Exception {
        HttpResponse<String> response = delight.app().slashCommand("/delight", "acme");
        assertThat(response.statusCode()).isEqualTo(200);
        return SlackMessage.parse(response.body());
    }

    private static Optional<String> meetingPromptValue(SlackMessage card) {
        return StreamSupport.stream(card.json().path("blocks").spliterator(), false)
                .filter(block -> block.path("block_id").asText().startsWith("prompt-"))
                .map(block -> block.path("elements").get(0).path("value").asText())
                .filter(value -> value.contains("|meeting:"))
                .findFirst();
    }

    @Test
    void theCardPromptsToPrepareTheMeetingsOfTheNextTwoWeeksInTheClientsTime() throws Exception {
        SlackMessage card = card();

        assertThat(card.visibleText())
                .contains("QBR with Acme Corp on Thursday at 16:00: prepare the recap")
                .contains("Weekly sync with Acme Corp on Thursday at 10:00: prepare the recap")
                .contains("Meeting: Thursday 26 March, 16:00–17:00")
                .doesNotContain("Team lunch").doesNotContain("Globex");
        assertThat(card.visibleText()).as("the weekly sync on 12 March").contains("last contact 8 days ago");
    }

    @Test
    void doneOnAMeetingPromptIsLoggedAndTheCardRedrawsWithoutIt() throws Exception {
        String value = meetingPromptValue(card()).orElseThrow();

        assertThat(delight.app().clickButton(ActionIds.DONE, value).statusCode()).isEqualTo(200);

        SlackCall redraw = delight.slack().awaitCall("response_url", Duration.ofSeconds(5));
        assertThat(SlackMessage.parse(redraw.rawBody()).visibleText()).doesNotContain("Weekly sync with Acme Corp on Thursday");
        assertThat(TestData.query(delight.app().databaseUrl(), "WITH gone AS (DELETE FROM prompt_responses RETURNING response, "
                + "prompt_kind) SELECT response || ' ' || prompt_kind FROM gone")).as("recorded, then forgotten for the next test")
                .containsExactly("done meeting");
    }
}
