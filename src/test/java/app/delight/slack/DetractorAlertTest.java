package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.DelightExtension;
import app.delight.support.SlackCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An NPS answer of 0 to 6 logged with {@code /delight} alerts the client's owners and the managers
 * at once, each by DM, or the managers' channel instead of each manager when there is one.
 */
class DetractorAlertTest {
    /** No nudge is due on a Saturday: the only posts are the ones a test makes happen. */
    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    private static final String ACME_OWNER = "U0TEST0001";

    @RegisterExtension
    static final DelightExtension byDm = new DelightExtension(Map.of("DELIGHT_MANAGERS", "U0BOSS0001,U0BOSS0002"),
            SATURDAY).withClients("five-clients.csv").forgettingCallsBeforeEach();
    @RegisterExtension
    static final DelightExtension withChannel = new DelightExtension(Map.of("DELIGHT_MANAGERS", "U0BOSS0001,U0BOSS0002",
            "DELIGHT_MANAGERS_CHANNEL", "C0MANAGERS"), SATURDAY).withClients("five-clients.csv").forgettingCallsBeforeEach();

    private static List<SlackCall> alerts(DelightExtension delight, int expected) {
        return delight.slack().awaitCalls("chat.postMessage", expected, Duration.ofSeconds(5));
    }

    @Test
    void aDetractorsAnswerAlertsTheOwnerAndEachManagerByDm() throws Exception {
        String answer = byDm.app().slashCommand("/delight", "acme nps 3 Too slow <!channel>").body();

        List<SlackCall> sent = alerts(byDm, 3);
        assertThat(sent).extracting(call -> call.param("channel")).containsExactlyInAnyOrder(ACME_OWNER, "U0BOSS0001", "U0BOSS0002");
        assertThat(sent).allSatisfy(call -> assertThat(call.param("text"))
                .contains("*Acme Corp*", "*3*", "Too slow", "&lt;!channel&gt;", "<@" + ACME_OWNER + ">")
                .doesNotContain("<!channel>"));
        assertThat(answer).contains("The owners and managers have been alerted.");
    }

    @Test
    void aPassiveOrAPromoterAlertsNobody() throws Exception {
        byDm.app().slashCommand("/delight", "acme nps 8");
        byDm.app().slashCommand("/delight", "acme nps 10 Love it");
        // A detractor after them: its three alerts are the only posts, the earlier answers' would come first.
        byDm.app().slashCommand("/delight", "acme nps 6");

        assertThat(alerts(byDm, 3)).allSatisfy(call -> assertThat(call.param("text")).contains("*6*"));
        assertThat(byDm.slack().calls("chat.postMessage")).hasSize(3);
    }

    @Test
    void withAManagersChannelTheManagersAreAlertedThereOnce() throws Exception {
        withChannel.app().slashCommand("/delight", "acme nps 0");

        assertThat(alerts(withChannel, 2)).extracting(call -> call.param("channel"))
                .containsExactlyInAnyOrder(ACME_OWNER, "C0MANAGERS");
        assertThat(withChannel.slack().calls("chat.postMessage")).hasSize(2);
    }
}
