package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.blocks.ActionIds;
import app.delight.support.DelightExtension;
import app.delight.support.RunningDelight;
import app.delight.support.TestData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack sends the whole Home tab back with every click on it, and requests over 64 KiB are refused:
 * a tab at its fullest, every row's text as long as the app takes, must still be clickable.
 */
class HomeTabSizeTest {
    /** No nudge is due on a Saturday: the only posts are the ones a test makes happen. */
    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension(Map.of(), SATURDAY).withClients("fifty-clients-of-one-owner.csv");

    private static final String OWNER = "U0TEST0050";

    @BeforeAll
    static void fiftyClientsWithThirtyLongLateFollowUps() {
        // Characters mrkdwn must escape, so the text grows when shown; as long as a follow-up may be.
        String longest = "Ask about <the order> & the \"invoice\" ".repeat(100).substring(0, 3000);
        LocalDate lastWeek = LocalDate.now(SATURDAY).minusDays(7);
        for (String id : TestData.query(delight.app().databaseUrl(), "SELECT id FROM clients ORDER BY name LIMIT 30")) {
            TestData.followUp(delight.app().databaseUrl(), id, OWNER, longest, lastWeek);
        }
    }

    @Test
    void aClickOnTheFullestHomeTabIsAnswered() throws Exception {
        delight.app().openHomeTab(RunningDelight.TEAM_ID, OWNER);
        ObjectNode published = (ObjectNode) delight.slack().awaitCall("views.publish", Duration.ofSeconds(10)).paramJson("view");
        assertThat(published.toString()).contains("*Your overdue follow-ups* (30)", "…and 10 more", "Ask about &lt;the order&gt;");
        String clientId = TestData.query(delight.app().databaseUrl(), "SELECT id FROM clients ORDER BY name LIMIT 1").get(0);

        HttpResponse<String> click = delight.app().clickHomeButton(ActionIds.HOME_SHOW_CARD, clientId, published);

        assertThat(click.statusCode()).isEqualTo(200);
        assertThat(delight.slack().awaitCall("chat.postMessage", Duration.ofSeconds(5)).param("channel")).isEqualTo("U0TEST0001");
    }
}
