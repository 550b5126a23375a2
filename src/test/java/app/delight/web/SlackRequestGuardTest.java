package app.delight.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.DelightExtension;
import app.delight.support.RunningDelight;
import app.delight.support.SlackSigner;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Only requests that prove they come from Slack reach the app. */
class SlackRequestGuardTest {
    @RegisterExtension
    static final DelightExtension delight = new DelightExtension();
    private static String body;

    @BeforeAll
    static void start() {
        body = delight.app().slashCommandBody("/delight", "help");
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    @Test
    void aCorrectlySignedRequestIsAnswered() throws Exception {
        assertThat(delight.app().postSigned(body, now()).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongSignatureIsRefused() throws Exception {
        String forged = new SlackSigner("not-the-secret").sign(now(), body);
        HttpResponse<String> response = delight.app().post(body, String.valueOf(now()), forged);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("/delight <client>");
    }

    @Test
    void aRequestSignedSixMinutesAgoIsRefused() throws Exception {
        assertThat(delight.app().postSigned(body, now() - 6 * 60).statusCode()).isEqualTo(401);
    }

    @Test
    void aRequestDatedTwoMinutesAheadIsRefused() throws Exception {
        assertThat(delight.app().postSigned(body, now() + 2 * 60).statusCode()).isEqualTo(401);
    }

    @Test
    void aRequestWithoutSignatureHeadersIsRefused() throws Exception {
        assertThat(delight.app().post(body, null, null).statusCode()).isEqualTo(401);
        assertThat(delight.app().post(body, String.valueOf(now()), null).statusCode()).isEqualTo(401);
    }

    @Test
    void aBodyAlteredAfterSigningIsRefused() throws Exception {
        long timestamp = now();
        String signature = new SlackSigner(RunningDelight.SIGNING_SECRET).sign(timestamp, body);
        String altered = body.replace("text=help", "text=incident");

        assertThat(delight.app().post(altered, String.valueOf(timestamp), signature).statusCode()).isEqualTo(401);
    }

    @Test
    void aBodyOverTheCapIsRefusedAsTooLarge() throws Exception {
        String huge = body + "&padding=" + "x".repeat(SlackRequestGuard.MAX_BODY_BYTES);

        assertThat(delight.app().postSigned(huge, now()).statusCode()).isEqualTo(413);
    }
}
