package app.delight.delivery;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.FakeSlackApi;
import app.delight.support.SlackCall;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackPosterTest {

    private static final String TOKEN = "xoxb-delight-poster-test-token";
    private static final String POST = "chat.postMessage";

    private static FakeSlackApi fake;
    private static Slack slack;
    private static SlackPoster poster;

    @BeforeAll
    static void startFake() {
        fake = FakeSlackApi.start();
        slack = slackAt(fake.apiUrl());
        poster = new SlackPoster(slack, TOKEN);
    }

    @AfterAll
    static void stopFake() throws Exception {
        slack.close();
        fake.close();
    }

    @BeforeEach
    void resetFake() {
        fake.reset();
    }

    static Slack slackAt(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }

    @Test
    void aPostSlackTakesIsSentWithItsTsTextAndBlocks() {
        Outgoing message = new Outgoing(1, "C0DIGEST1", "Your nudges for today",
                asBlocks(section(s -> s.text(markdownText("*Acme*: send the monthly report")))));

        PostResult result = poster.post(message);

        SlackCall call = fake.lastCall(POST);
        assertThat(call.token()).isEqualTo(TOKEN);
        assertThat(call.param("channel")).isEqualTo("C0DIGEST1");
        assertThat(call.param("text")).isEqualTo("Your nudges for today");
        assertThat(call.paramJson("blocks").get(0).path("text").path("text").asText())
                .isEqualTo("*Acme*: send the monthly report");
        assertThat(result).isInstanceOfSatisfying(PostResult.Sent.class,
                sent -> assertThat(sent.ts()).isNotBlank());
        assertThat(fake.delivered(POST)).hasSize(1);
    }

    @Test
    void aTextOnlyMessageSendsNoBlocks() {
        PostResult result = poster.post(Outgoing.text(2, "C0DIGEST1", "plain"));

        assertThat(result).isInstanceOf(PostResult.Sent.class);
        assertThat(fake.lastCall(POST).param("blocks")).isNull();
    }

    @Test
    void http429IsRateLimitedForTheRetryAfterSeconds() {
        fake.rateLimit(POST, 7, 1);

        PostResult result = poster.post(Outgoing.text(3, "C1", "hi"));

        assertThat(result).isEqualTo(new PostResult.RateLimited(Duration.ofSeconds(7)));
        assertThat(fake.calls(POST)).singleElement().satisfies(call -> assertThat(call.status()).isEqualTo(429));
    }

    @Test
    void okFalseRatelimitedIsRateLimitedToo() {
        fake.answer(POST, "{\"ok\":false,\"error\":\"ratelimited\"}");

        assertThat(poster.post(Outgoing.text(4, "C1", "hi")))
                .isEqualTo(new PostResult.RateLimited(Duration.ofSeconds(1)));
    }

    @Test
    void aServerErrorIsTransient() {
        fake.failWithStatus(POST, 503, 1);

        PostResult result = poster.post(Outgoing.text(5, "C1", "hi"));

        assertThat(result).isInstanceOfSatisfying(PostResult.Transient.class,
                t -> assertThat(t.reason()).contains("503"));
        // the fault is used up: the next post goes through
        assertThat(poster.post(Outgoing.text(6, "C1", "hi"))).isInstanceOf(PostResult.Sent.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"internal_error", "fatal_error", "service_unavailable", "request_timeout"})
    void slacksOwnTroublesAreTransient(String error) {
        fake.failWith(POST, error);

        assertThat(poster.post(Outgoing.text(7, "C1", "hi"))).isEqualTo(new PostResult.Transient(error));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not_in_channel", "channel_not_found"})
    void aChannelTheBotCannotSeeIsPermanentWithAnInviteHint(String error) {
        fake.failWith(POST, error);

        PostResult result = poster.post(Outgoing.text(8, "C0PRIVATE", "hi"));

        assertThat(result).isInstanceOfSatisfying(PostResult.Permanent.class, p -> {
            assertThat(p.error()).isEqualTo(error);
            assertThat(p.hint()).contains("/invite @Delight");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"is_archived", "user_not_found", "cannot_dm_bot", "msg_too_long", "invalid_blocks",
            "no_text", "invalid_auth", "not_authed", "account_inactive", "token_revoked", "missing_scope"})
    void errorsRetryingCannotFixArePermanentWithASpecificHint(String error) {
        fake.failWith(POST, error);

        PostResult result = poster.post(Outgoing.text(9, "C1", "hi"));

        assertThat(result).isInstanceOfSatisfying(PostResult.Permanent.class, p -> {
            assertThat(p.error()).isEqualTo(error);
            assertThat(p.hint()).isNotBlank().isNotEqualTo(SlackPoster.GENERIC_HINT);
        });
    }

    @Test
    void aMissingScopeAsksForAReinstallNamingTheScope() {
        fake.answer(POST, "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"chat:write\",\"provided\":\"commands\"}");

        PostResult result = poster.post(Outgoing.text(10, "C1", "hi"));

        assertThat(result).isInstanceOfSatisfying(PostResult.Permanent.class, p -> {
            assertThat(p.error()).isEqualTo("missing_scope");
            assertThat(p.hint()).contains("reinstall the app with the manifest's scopes").contains("chat:write");
        });
    }

    @Test
    void anUnknownErrorIsPermanentWithAGenericHint() {
        fake.failWith(POST, "something_new_from_slack");

        assertThat(poster.post(Outgoing.text(11, "C1", "hi")))
                .isEqualTo(new PostResult.Permanent("something_new_from_slack", SlackPoster.GENERIC_HINT));
    }

    @Test
    void anUnreachableSlackIsTransientAndTheTokenShowsNowhere() throws Exception {
        String deadUrl;
        try (FakeSlackApi gone = FakeSlackApi.start()) {
            deadUrl = gone.apiUrl();
        }
        try (Slack deadSlack = slackAt(deadUrl)) {
            SlackPoster deadPoster = new SlackPoster(deadSlack, TOKEN);

            PostResult result = deadPoster.post(Outgoing.text(12, "C1", "hi"));

            assertThat(result).isInstanceOfSatisfying(PostResult.Transient.class,
                    t -> assertThat(t.reason()).startsWith("io:"));
            assertThat(result.toString()).doesNotContain(TOKEN);
            assertThat(deadPoster.toString()).doesNotContain(TOKEN);
        }
    }

    @Test
    void retryAfterIsReadInSecondsAndDefaultsToOne() {
        assertThat(SlackPoster.retryAfter("30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(SlackPoster.retryAfter(null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SlackPoster.retryAfter("soon")).isEqualTo(Duration.ofSeconds(1));
    }
}
