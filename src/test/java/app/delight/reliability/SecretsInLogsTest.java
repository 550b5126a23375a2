package app.delight.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.cli.RootCommand;
import app.delight.support.CapturedLogs;
import app.delight.support.FakeSlackApi;
import app.delight.support.RunningDelight;
import app.delight.support.SlackSigner;
import app.delight.support.TestData;
import app.delight.support.TestPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A whole run, logged at every level the app logs at, never shows the bot token or the signing secret. */
class SecretsInLogsTest {

    @Test
    void noTokenOrSigningSecretAppearsInAnyLogLine() throws Exception {
        List<String> lines;
        try (CapturedLogs logs = CapturedLogs.start(); FakeSlackApi slack = FakeSlackApi.start()) {
            String url = TestPostgres.newDatabase("secrets");
            TestData.importClients(url, "five-clients.csv");
            try (RunningDelight app = RunningDelight.start(slack, url, Map.of("DELIGHT_MANAGERS", "U0TEST0001"), Clock.systemUTC())) {
                app.slashCommand("/delight", "acme");
                app.slashCommand("/delight", "acme nps 3 Too slow");
                app.slashCommand("/client-health", "");
                long now = Instant.now().getEpochSecond();
                app.post(app.slashCommandBody("/delight", "help"), String.valueOf(now), new SlackSigner("wrong").sign(now, "x"));
                slack.failWith("chat.postMessage", "invalid_auth");
                RootCommand.commandLine(RunningDelight.environment(slack, url),
                        Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC)).execute("nudge", "--date", "2026-11-23");
            }
            lines = logs.lines();
        }

        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(lines).noneMatch(line -> line.contains(RunningDelight.BOT_TOKEN))
                .noneMatch(line -> line.contains(RunningDelight.SIGNING_SECRET));
    }
}
