package app.delight.support;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.view.View;
import com.slack.api.model.view.Views;
import com.slack.api.webhook.WebhookResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeSlackApiTest {

    // At least 16 characters: with DEBUG logging on, the client's TeamIdCache logs
    // token.substring(0, 16) and a shorter token makes every call throw.
    private static final String TOKEN = "xoxb-delight-test-token";

    private FakeSlackApi fake;
    private Slack slack;
    private MethodsClient methods;

    @BeforeEach
    void startFake() {
        fake = FakeSlackApi.start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        slack = Slack.getInstance(config);
        methods = slack.methods(TOKEN);
    }

    @AfterEach
    void stopFake() throws Exception {
        slack.close();
        fake.close();
    }

    @Test
    void servesTheApiUnderAPrefixWithATrailingSlash() {
        assertThat(fake.apiUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api/");
        assertThat(fake.responseUrl("r1")).matches("http://127\\.0\\.0\\.1:\\d+/respond/r1");
    }

    @Test
    void authTestReachesTheFake() throws Exception {
        AuthTestResponse auth = methods.authTest(r -> r);

        assertThat(auth.isOk()).isTrue();
        assertThat(auth.getTeamId()).isEqualTo("T0TEST0001");
        assertThat(auth.getUserId()).isEqualTo("U0BOT00001");
        assertThat(auth.getBotId()).isEqualTo("B0BOT00001");
        assertThat(auth.getUrl()).isEqualTo("https://delight-test.slack.com/");
        assertThat(fake.lastCall("auth.test").token()).isEqualTo(TOKEN);
    }

    @Test
    void recordsChatPostMessageSentByTheOfficialClient() throws Exception {
        ChatPostMessageResponse response = methods.chatPostMessage(r -> r.channel("C1").text("hi there & more"));

        SlackCall call = fake.lastCall("chat.postMessage");
        assertThat(call.param("channel")).isEqualTo("C1");
        assertThat(call.param("text")).isEqualTo("hi there & more");
        assertThat(call.token()).as("the client sends the token as a Bearer header").isEqualTo(TOKEN);
        assertThat(call.params()).doesNotContainKey("token");
        assertThat(call.path()).isEqualTo("/api/chat.postMessage");
        assertThat(call.rawBody()).contains("channel=C1");
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.answeredOk()).isTrue();
        assertThat(call.responseId()).isNull();

        assertThat(response.isOk()).isTrue();
        assertThat(response.getChannel()).isEqualTo("C1");
        assertThat(response.getTs()).matches("\\d{10}\\.\\d{6}");
        assertThat(response.getMessage().getTs()).isEqualTo(response.getTs());
        assertThat(response.getMessage().getText()).isEqualTo("hi there & more");
        assertThat(fake.delivered("chat.postMessage")).containsExactly(call);
    }

    @Test
    void seesTheAuthTestTheClientMakesBeforeTheFirstCallOfEachToken() throws Exception {
        // For its metrics the client resolves the team id with auth.test, once per token per JVM
        // (a static cache), unless it was given the team id.
        String freshToken = "xoxb-fresh-" + UUID.randomUUID();
        slack.methods(freshToken).chatPostMessage(r -> r.channel("C1").text("one"));
        slack.methods(freshToken).chatPostMessage(r -> r.channel("C1").text("two"));
        slack.methods("xoxb-with-team-" + UUID.randomUUID(), "T0TEST0001").chatPostMessage(r -> r.channel("C1").text("three"));

        assertThat(fake.calls()).extracting(SlackCall::method)
                .containsExactly("auth.test", "chat.postMessage", "chat.postMessage", "chat.postMessage");
        assertThat(fake.lastCall("auth.test").token()).isEqualTo(freshToken);
    }

    @Test
    void givesEachPostedMessageAUniqueIncreasingTs() throws Exception {
        List<String> tss = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tss.add(methods.chatPostMessage(r -> r.channel("C1").text("x")).getTs());
        }

        assertThat(tss).allMatch(ts -> ts.matches("\\d{10}\\.\\d{6}")).doesNotHaveDuplicates().isSortedAccordingTo(String::compareTo);
    }

    @Test
    void receivesBlocksAsJsonTextInOneFormField() throws Exception {
        methods.chatPostMessage(r -> r.channel("C1").text("fallback").blocks(asBlocks(
                section(s -> s.text(markdownText("*Acme* is due a quarterly review"))),
                actions(a -> a.elements(asElements(
                        button(b -> b.actionId("done").text(plainText("Done")).value("p-1"))))))));

        SlackCall call = fake.lastCall("chat.postMessage");
        assertThat(call.param("blocks")).startsWith("[{");
        JsonNode blocks = call.paramJson("blocks");
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).path("type").asText()).isEqualTo("section");
        assertThat(blocks.get(0).path("text").path("text").asText()).isEqualTo("*Acme* is due a quarterly review");
        assertThat(blocks.get(1).path("elements").get(0).path("action_id").asText()).isEqualTo("done");
        assertThat(blocks.get(1).path("elements").get(0).path("value").asText()).isEqualTo("p-1");
    }

    @Test
    void receivesAViewAsJsonText() throws Exception {
        View modal = Views.view(v -> v.type("modal").callbackId("log").title(Views.viewTitle(t -> t.type("plain_text").text("Log")))
                .blocks(asBlocks(section(s -> s.text(markdownText("hello"))))));

        String viewId = methods.viewsOpen(r -> r.triggerId("123.456.abc").view(modal)).getView().getId();

        SlackCall call = fake.lastCall("views.open");
        assertThat(call.param("trigger_id")).isEqualTo("123.456.abc");
        assertThat(call.paramJson("view").path("callback_id").asText()).isEqualTo("log");
        assertThat(viewId).startsWith("V");
        assertThat(methods.viewsUpdate(r -> r.viewId(viewId).view(modal)).getView().getId()).isEqualTo(viewId);
        View home = Views.view(v -> v.type("home").blocks(asBlocks(section(s -> s.text(markdownText("hello"))))));
        assertThat(methods.viewsPublish(r -> r.userId("U1").view(home)).getView().getId()).startsWith("V");
    }

    @Test
    void answersRateLimitWithRetryAfterHeader() throws Exception {
        fake.rateLimit("chat.postMessage", 7, 1);

        assertThatThrownBy(() -> methods.chatPostMessage(r -> r.channel("C1").text("first")))
                .asInstanceOf(type(SlackApiException.class))
                .satisfies(e -> {
                    assertThat(e.getResponse().code()).isEqualTo(429);
                    assertThat(e.getResponse().header("Retry-After")).isEqualTo("7");
                    assertThat(e.getError().getError()).isEqualTo("ratelimited");
                });
        assertThat(methods.chatPostMessage(r -> r.channel("C1").text("second")).isOk()).isTrue();

        assertThat(fake.calls("chat.postMessage")).extracting(SlackCall::status).containsExactly(429, 200);
        assertThat(fake.delivered("chat.postMessage")).extracting(c -> c.param("text")).containsExactly("second");
    }

    @Test
    void rateLimitsEveryOtherCallUntilReset() throws Exception {
        fake.rateLimitEveryOther("chat.update", 2);

        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            codes.add(updateStatus());
        }
        fake.reset();
        codes.add(updateStatus());
        codes.add(updateStatus());

        assertThat(codes).containsExactly(200, 429, 200, 429, 200, 200);
    }

    private int updateStatus() throws Exception {
        try {
            methods.chatUpdate(r -> r.channel("C1").ts("1700000000.000100").text("edited"));
            return 200;
        } catch (SlackApiException e) {
            return e.getResponse().code();
        }
    }

    @Test
    void failWithAnswersOkFalseWithStatus200LikeSlack() throws Exception {
        fake.failWith("chat.postMessage", "channel_not_found");

        ChatPostMessageResponse response = methods.chatPostMessage(r -> r.channel("C404").text("hi"));

        assertThat(response.isOk()).isFalse();
        assertThat(response.getError()).isEqualTo("channel_not_found");
        SlackCall call = fake.lastCall("chat.postMessage");
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.answeredOk()).isFalse();
        assertThat(fake.delivered("chat.postMessage")).isEmpty();
    }

    @Test
    void failWithStatusAnswersAServerErrorThenRecovers() throws Exception {
        fake.failWithStatus("chat.postMessage", 503, 1);

        assertThatThrownBy(() -> methods.chatPostMessage(r -> r.channel("C1").text("hi")))
                .asInstanceOf(type(SlackApiException.class))
                .satisfies(e -> assertThat(e.getResponse().code()).isEqualTo(503));
        assertThat(methods.chatPostMessage(r -> r.channel("C1").text("hi")).isOk()).isTrue();
        assertThat(fake.delivered("chat.postMessage")).hasSize(1);
        assertThat(fake.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void answerOverridesTheDefault() throws Exception {
        fake.answer("users.info", "{\"ok\":true,\"user\":{\"id\":\"U7\",\"locale\":\"fr-FR\",\"tz\":\"Europe/Paris\"}}");

        var user = methods.usersInfo(r -> r.user("U7").includeLocale(true)).getUser();

        assertThat(user.getLocale()).isEqualTo("fr-FR");
        assertThat(user.getTz()).isEqualTo("Europe/Paris");
    }

    @Test
    void answersCommonMethodsWithUsableDefaults() throws Exception {
        assertThat(methods.conversationsOpen(r -> r.users(List.of("U123"))).getChannel().getId()).isEqualTo("D123");
        var user = methods.usersInfo(r -> r.user("U123").includeLocale(true)).getUser();
        assertThat(user.getId()).isEqualTo("U123");
        assertThat(user.getLocale()).isEqualTo("en-US");
        assertThat(methods.chatPostEphemeral(r -> r.channel("C1").user("U123").text("psst")).getMessageTs())
                .matches("\\d{10}\\.\\d{6}");
        String ts = methods.chatPostMessage(r -> r.channel("C1").text("first")).getTs();
        var updated = methods.chatUpdate(r -> r.channel("C1").ts(ts).text("edited"));
        assertThat(updated.getChannel()).isEqualTo("C1");
        assertThat(updated.getTs()).isEqualTo(ts);
        assertThat(methods.reactionsAdd(r -> r.channel("C1").timestamp("1.2").name("tada")).isOk()).isTrue();
        assertThat(fake.lastCall("reactions.add").param("name")).isEqualTo("tada");
    }

    @Test
    void recordsJsonPostedToAResponseUrl() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(fake.responseUrl("cmd-1")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"response_type\":\"ephemeral\",\"text\":\"done\",\"replace_original\":true,"
                                        + "\"blocks\":[{\"type\":\"divider\"}]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok");
        SlackCall call = fake.lastCall(FakeSlackApi.RESPONSE_URL);
        assertThat(call.method()).isEqualTo("response_url");
        assertThat(call.responseId()).isEqualTo("cmd-1");
        assertThat(call.param("text")).isEqualTo("done");
        assertThat(call.param("replace_original")).isEqualTo("true");
        assertThat(call.param("blocks")).isEqualTo("[{\"type\":\"divider\"}]");
        assertThat(call.rawBody()).startsWith("{\"response_type\"");
        assertThat(call.token()).isNull();
        assertThat(call.answeredOk()).isTrue();
    }

    @Test
    void recordsWhatBoltsRespondSends() throws Exception {
        // ctx.respond() in Bolt is this Responder
        WebhookResponse response = new Responder(slack, fake.responseUrl("cmd-2"))
                .sendToCommand(r -> r.responseType("ephemeral").text("logged")
                        .blocks(asBlocks(section(s -> s.text(markdownText("*logged*"))))));

        assertThat(response.getCode()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("ok");
        SlackCall call = fake.awaitCall(FakeSlackApi.RESPONSE_URL, Duration.ofSeconds(5));
        assertThat(call.responseId()).isEqualTo("cmd-2");
        assertThat(call.param("response_type")).isEqualTo("ephemeral");
        assertThat(call.paramJson("blocks").get(0).path("text").path("text").asText()).isEqualTo("*logged*");
    }

    @Test
    void readsJsonBodiesSentToWebApiMethods() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(fake.apiUrl() + "chat.postMessage"))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("Authorization", "Bearer xoxb-json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"channel\":\"C9\",\"text\":\"été\",\"unfurl_links\":false,"
                                        + "\"blocks\":[{\"type\":\"divider\"}]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).contains("\"channel\":\"C9\"");
        SlackCall call = fake.lastCall("chat.postMessage");
        assertThat(call.token()).isEqualTo("xoxb-json");
        assertThat(call.param("text")).isEqualTo("été");
        assertThat(call.param("unfurl_links")).isEqualTo("false");
        assertThat(call.paramJson("blocks").get(0).path("type").asText()).isEqualTo("divider");
    }

    @Test
    void takesTheTokenFromAFormFieldWithoutABearerHeader() throws Exception {
        HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(fake.apiUrl() + "auth.test"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("token=xoxb-form&x=a+b%26c"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        SlackCall call = fake.lastCall("auth.test");
        assertThat(call.token()).isEqualTo("xoxb-form");
        assertThat(call.param("x")).isEqualTo("a b&c");
    }

    @Test
    void awaitCallWaitsForAReplySentAfterTheAck() throws Exception {
        ExecutorService later = Executors.newSingleThreadExecutor();
        try {
            later.submit(() -> {
                Thread.sleep(200);
                return methods.chatPostMessage(r -> r.channel("C1").text("slow work done"));
            });

            SlackCall call = fake.awaitCall("chat.postMessage", Duration.ofSeconds(10));

            assertThat(call.param("text")).isEqualTo("slow work done");
        } finally {
            later.shutdownNow();
        }
    }

    @Test
    void awaitCallGivesUpAfterTheTimeoutAndSaysWhatCame() throws Exception {
        methods.authTest(r -> r);
        long start = System.nanoTime();

        assertThatThrownBy(() -> fake.awaitCall("chat.postMessage", Duration.ofMillis(150)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("chat.postMessage")
                .hasMessageContaining("auth.test");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(140), Duration.ofSeconds(5));
    }

    @Test
    void lastCallExplainsWhichMethodsWereSeen() throws Exception {
        methods.authTest(r -> r);
        methods.chatUpdate(r -> r.channel("C1").ts("1.1").text("x"));

        assertThatThrownBy(() -> fake.lastCall("chat.postMessage"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no call to chat.postMessage")
                .hasMessageContaining("[auth.test, chat.update]");
    }

    @Test
    void resetForgetsCallsAndProgrammedFaults() throws Exception {
        fake.failWith("chat.postMessage", "not_in_channel");
        fake.answer("auth.test", "{\"ok\":false,\"error\":\"invalid_auth\"}");
        methods.chatPostMessage(r -> r.channel("C1").text("hi"));

        fake.reset();

        assertThat(fake.calls()).isEmpty();
        assertThat(methods.chatPostMessage(r -> r.channel("C1").text("hi")).isOk()).isTrue();
        assertThat(methods.authTest(r -> r).isOk()).isTrue();
    }

    @Test
    void recordsConcurrentCallsInArrivalOrder() throws Exception {
        int posts = 40;
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            String text = "m" + i;
            tasks.add(() -> methods.chatPostMessage(r -> r.channel("C1").text(text)).getTs());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<String> tss = new ArrayList<>();
        try {
            for (Future<String> f : pool.invokeAll(tasks, 30, TimeUnit.SECONDS)) {
                tss.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(tss).doesNotHaveDuplicates();
        List<SlackCall> calls = fake.calls("chat.postMessage");
        assertThat(calls).hasSize(posts);
        assertThat(calls).extracting(SlackCall::at).isSortedAccordingTo(java.time.Instant::compareTo);
    }

    @Test
    void enforcesAMinimumIntervalPerChannel() throws Exception {
        fake.enforcePerChannelRate(Duration.ofMillis(400));

        assertThat(methods.chatPostMessage(r -> r.channel("C1").text("1")).isOk()).isTrue();
        assertThatThrownBy(() -> methods.chatPostMessage(r -> r.channel("C1").text("2")))
                .asInstanceOf(type(SlackApiException.class))
                .satisfies(e -> {
                    assertThat(e.getResponse().code()).isEqualTo(429);
                    assertThat(e.getResponse().header("Retry-After")).isEqualTo("1");
                });
        assertThat(methods.chatPostMessage(r -> r.channel("C2").text("other channel")).isOk()).isTrue();
        Thread.sleep(450);
        assertThat(methods.chatPostMessage(r -> r.channel("C1").text("3")).isOk()).isTrue();

        assertThat(fake.delivered("chat.postMessage")).extracting(c -> c.param("text"))
                .containsExactly("1", "other channel", "3");
    }

    @Test
    void letsOnlyOneOfManySimultaneousPostsToAChannelThrough() throws Exception {
        fake.enforcePerChannelRate(Duration.ofSeconds(30));
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tasks.add(() -> {
                try {
                    methods.chatPostMessage(r -> r.channel("C1").text("burst"));
                    return 200;
                } catch (SlackApiException e) {
                    return e.getResponse().code();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Integer> codes = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(tasks, 30, TimeUnit.SECONDS)) {
                codes.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(codes).filteredOn(code -> code == 200).hasSize(1);
        assertThat(codes).filteredOn(code -> code == 429).hasSize(11);
        assertThat(fake.delivered("chat.postMessage")).hasSize(1);
    }
}
