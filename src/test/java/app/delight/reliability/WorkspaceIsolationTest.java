package app.delight.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.blocks.ActionIds;
import app.delight.support.DelightExtension;
import app.delight.support.RunningDelight;
import app.delight.support.SlackCall;
import app.delight.support.TestData;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A request from another workspace never sees this workspace's clients, cards or buttons. */
class WorkspaceIsolationTest {
    private static final String OTHER_TEAM = "T0OTHER001";

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of("DELIGHT_MANAGERS", "U0TEST0001,U0OTHER01"),
            Clock.systemUTC())
            .withClients("five-clients.csv");

    private static String fromOtherTeam(String command, String text) throws Exception {
        return delight.app().slashCommandFrom(OTHER_TEAM, "U0OTHER01", command, text).body();
    }

    @Test
    void anotherWorkspaceFindsNoneOfOurClients() throws Exception {
        for (String answer : new String[] {fromOtherTeam("/delight", "acme"), fromOtherTeam("/delight", ""),
                fromOtherTeam("/client-health", ""), fromOtherTeam("/client-health", "acme"),
                fromOtherTeam("/delight", "acme log Hello")}) {
            assertThat(answer).doesNotContain("Acme Corp", "Globex", "Société", "Northwind", "Blue Harbor");
        }
        assertThat(TestData.query(delight.app().databaseUrl(), "SELECT count(*) FROM touchpoints")).containsExactly("0");
    }

    @Test
    void aButtonNamingAClientOfAnotherWorkspaceIsRefused() throws Exception {
        String acmeId = TestData.query(delight.app().databaseUrl(), "SELECT id FROM clients WHERE name = 'Acme Corp'").get(0);
        String payload = delight.app().blockActionsPayload(ActionIds.DONE, acmeId + "|tip:general-backups")
                .replace(RunningDelight.TEAM_ID, OTHER_TEAM);

        delight.app().postSigned(RunningDelight.formEncode(Map.of("payload", payload)), Clock.systemUTC().instant().getEpochSecond());

        SlackCall answer = delight.slack().awaitCall("response_url", Duration.ofSeconds(5));
        assertThat(answer.rawBody()).contains("no longer exists in this workspace").doesNotContain("Acme");
        assertThat(TestData.query(delight.app().databaseUrl(), "SELECT count(*) FROM prompt_responses")).containsExactly("0");
    }
}
