package app.delight.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.FakeSlackApi;
import app.delight.support.RunningDelight;
import app.delight.support.SlackSigner;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only requests that prove they come from Slack reach the app. */
class SlackRequestGuardTest {
    private static FakeSlackApi slack;
    private static RunningDelight app;
    private static String body;

    @BeforeAll
    static void start() throws Exception {
        slack = FakeSlackApi.start();
        app = RunningDelight.start(SlackRequestGuardTest.class, slack);
        body = app.slashCommandBody("/delight", "help");
    }

    @AfterAll
    static void stop() {
        app.close();
        slack.close();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    @Test
    void aCorrectlySignedRequestIsAnswered() throws Exception {
        assertThat(app.postSigned(body, now()).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongSignatureIsRefused() throws Exception {
        String forged = new SlackSigner("not-the-secret").sign(now(), body);
        HttpResponse<String> response = app.post(body, String.valueOf(now()), forged);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("/delight <client>");
    }

    @Test
    void aRequestSignedSixMinutesAgoIsRefused() throws Exception {
        assertThat(app.postSigned(body, now() - 6 * 60).statusCode()).isEqualTo(401);
    }

    @Test
    void aRequestDatedTwoMinutesAheadIsRefused() throws Exception {
        assertThat(app.postSigned(body, now() + 2 * 60).statusCode()).isEqualTo(401);
    }

    @Test
    void aRequestWithoutSignatureHeadersIsRefused() throws Exception {
        assertThat(app.post(body, null, null).statusCode()).isEqualTo(401);
        assertThat(app.post(body, String.valueOf(now()), null).statusCode()).isEqualTo(401);
    }

    @Test
    void aBodyAlteredAfterSigningIsRefused() throws Exception {
        long timestamp = now();
        String signature = new SlackSigner(RunningDelight.SIGNING_SECRET).sign(timestamp, body);
        String altered = body.replace("text=help", "text=incident");

        assertThat(app.post(altered, String.valueOf(timestamp), signature).statusCode()).isEqualTo(401);
    }

    @Test
    void aBodyOverTheCapIsRefusedAsTooLarge() throws Exception {
        String huge = body + "&padding=" + "x".repeat(SlackRequestGuard.MAX_BODY_BYTES);

        assertThat(app.postSigned(huge, now()).statusCode()).isEqualTo(413);
    }
}
