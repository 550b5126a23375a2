package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.DelightExtension;
import app.delight.support.SlackMessage;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /delight help} through HTTP, signed as Slack signs it. */
class DelightHelpCommandTest {
    @RegisterExtension
    static final DelightExtension delight = new DelightExtension();

    @Test
    void aSignedHelpCommandAnswersWithEverySubCommandEphemerally() throws Exception {
        HttpResponse<String> response = delight.app().slashCommand("/delight", "help");

        assertThat(response.statusCode()).isEqualTo(200);
        SlackMessage message = SlackMessage.parse(response.body());
        assertThat(message.json().path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(message.visibleText())
                .contains("/delight <client> log <text>")
                .contains("/delight <client> followup <text> [by <date>]")
                .contains("/delight <client> struggle <text>")
                .contains("/delight <client> nps <0-10> [comment]")
                .contains("/delight <client> free <hours>h strategic|secret <text>")
                .contains("/delight <client> incident <text>");
    }

    @Test
    void delightAloneAnswersWithTheHelpToo() throws Exception {
        HttpResponse<String> response = delight.app().slashCommand("/delight", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackMessage.parse(response.body()).visibleText()).contains("/delight <client> log <text>");
    }

    @Test
    void textItCannotReadIsQuotedBackWithoutPingingAnyone() throws Exception {
        HttpResponse<String> response = delight.app().slashCommand("/delight", "frobnicate <!channel>");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackMessage.parse(response.body()).mrkdwn())
                .contains("frobnicate &lt;!channel&gt;")
                .doesNotContain("<!channel>");
    }
}
