package app.delight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} refuses to start on bad settings, saying what to fix, before it opens anything. */
class ServeStartupTest {
    @TempDir
    Path dir;

    private String serve(Map<String, String> env) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = RootCommand.commandLine(env, Clock.systemUTC());
        commandLine.setErr(new PrintWriter(err, true));
        assertThat(commandLine.execute("serve")).isEqualTo(RootCommand.EXIT_BAD_SETTINGS);
        return err.toString();
    }

    @Test
    void aBadNudgeTimeStopsStartUpWithOneLineNamingIt() {
        assertThat(serve(Map.of("DELIGHT_NUDGE_TIME", "25:00"))).isEqualTo("DELIGHT_NUDGE_TIME must be HH:MM, got 25:00"
                + System.lineSeparator());
    }

    @Test
    void aBrokenTeamPlaybookStopsStartUpNamingTheFileTheEntryAndTheProblem() throws Exception {
        Path playbook = dir.resolve("team-playbook.yml");
        Files.writeString(playbook, "version: 1\nanticipations:\n  - key: budget-call\n    when: {after-start-days: 30}\n"
                + "    windows-days: 7\n    text: Call about the budget\n    why: Budgets are set now\n");

        String error = serve(Map.of("DELIGHT_PLAYBOOK", playbook.toString(), "DATABASE_URL", TestPostgres.newDatabase("playbook")));

        assertThat(error).contains("team-playbook.yml").contains("budget-call").contains("windows-days");
    }
}
