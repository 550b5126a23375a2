package app.delight.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.FakeSlackApi;
import app.delight.support.RunningDelight;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every Web API call goes to {@code SLACK_API_URL}: at start-up the token is checked there. */
class SlackApiUrlTest {

    @Test
    void startingTheAppChecksTheBotTokenWithAuthTestAtTheConfiguredUrl() throws Exception {
        try (FakeSlackApi slack = FakeSlackApi.start();
             RunningDelight ignored = RunningDelight.start(SlackApiUrlTest.class, slack)) {
            assertThat(slack.awaitCall("auth.test", Duration.ofSeconds(5)).token()).isEqualTo(RunningDelight.BOT_TOKEN);
        }
    }
}
