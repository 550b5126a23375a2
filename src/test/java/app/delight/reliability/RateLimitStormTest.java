package app.delight.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.blocks.ActionIds;
import app.delight.cli.RootCommand;
import app.delight.support.DelightExtension;
import app.delight.support.FakeSlackApi;
import app.delight.support.RunningDelight;
import app.delight.support.SlackMessage;
import app.delight.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Slack answering 429 to the first call of every method: everything still arrives, once. */
class RateLimitStormTest {
    private static final List<String> METHODS = List.of("chat.postMessage", "views.open", "views.publish",
            FakeSlackApi.RESPONSE_URL);

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension()
            .withClients("five-clients.csv");

    private static void stormOnEveryMethod() {
        delight.slack().reset();
        METHODS.forEach(method -> delight.slack().rateLimit(method, 1, 1));
    }

    @Test
    void aClickTheHomeTabAModalAndTheNudgesAllArriveOnceDespite429s() throws Exception {
        SlackMessage card = SlackMessage.parse(delight.app().slashCommand("/delight", "acme").body());
        String done = null;
        for (JsonNode block : card.json().path("blocks")) {
            if (block.path("block_id").asText().equals("prompt-0")) {
                done = block.path("elements").get(0).path("value").asText();
            }
        }
        stormOnEveryMethod();

        delight.app().clickButton(ActionIds.DONE, done);
        delight.app().openHomeTab(RunningDelight.TEAM_ID, "U0TEST0001");
        delight.app().clickButton(ActionIds.LOG_TOUCHPOINT, done.split("\\|")[0]);
        int exit = RootCommand.commandLine(RunningDelight.environment(delight.slack(), delight.app().databaseUrl()),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC)).execute("nudge", "--date", "2026-11-23");

        assertThat(exit).isZero();
        delight.slack().awaitCalls(FakeSlackApi.RESPONSE_URL, 2, Duration.ofSeconds(10));
        delight.slack().awaitCalls("views.publish", 2, Duration.ofSeconds(10));
        delight.slack().awaitCalls("views.open", 2, Duration.ofSeconds(10));
        Thread.sleep(1500);
        assertThat(delight.slack().delivered(FakeSlackApi.RESPONSE_URL)).hasSize(1);
        assertThat(delight.slack().delivered("views.publish")).hasSize(1);
        assertThat(delight.slack().delivered("views.open")).hasSize(1);
        assertThat(delight.slack().delivered("chat.postMessage")).extracting(call -> call.param("channel"))
                .containsExactlyInAnyOrder("C0ACME001", "C0SOCGEN1", "C0NORTH01", "U0TEST0001", "U0TEST0002", "U0TEST0002");
    }

    @Test
    void aModalSlackKeepsRefusingIsGivenUpBeforeTheAcknowledgementIsLate() throws Exception {
        delight.slack().reset();
        delight.slack().rateLimit("views.open", 5, 3);
        String acme = TestData.query(delight.app().databaseUrl(), "SELECT id FROM clients WHERE name = 'Acme Corp'").get(0);

        long started = System.nanoTime();
        int status = delight.app().clickButton(ActionIds.LOG_TOUCHPOINT, acme).statusCode();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(status).isEqualTo(200);
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(delight.slack().calls("views.open")).hasSize(1);
    }
}
