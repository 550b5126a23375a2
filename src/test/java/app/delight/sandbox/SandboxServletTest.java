package app.delight.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.sandbox.SandboxConversation.Entry;
import app.delight.sandbox.SandboxConversation.Kind;
import app.delight.web.RequestSignature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page's API against a stand-in for the app's {@code /slack/events} that checks every request's
 * signature as the app's guard does, and answers as the app would.
 */
class SandboxServletTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = Sandbox.newSigningSecret();
    private static final String CARD = "{\"response_type\":\"ephemeral\",\"text\":\"Delight card for Acme\",\"blocks\":["
            + "{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":\"Acme\"}},"
            + "{\"type\":\"actions\",\"block_id\":\"prompt-0\",\"elements\":["
            + "{\"type\":\"button\",\"action_id\":\"prompt_done\",\"value\":\"42|follow_up:7\",\"style\":\"primary\","
            + "\"text\":{\"type\":\"plain_text\",\"text\":\"Done\"}},"
            + "{\"type\":\"button\",\"action_id\":\"prompt_snooze\",\"value\":\"42|follow_up:7\","
            + "\"text\":{\"type\":\"plain_text\",\"text\":\"Snooze 1 week\"}}]}]}";

    private final SandboxConversation conversation = new SandboxConversation();
    private final FakeApp app = new FakeApp();
    private final AtomicInteger nudgePasses = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private LocalJetty jetty;

    @BeforeEach
    void start() throws Exception {
        jetty = startWith(new RequestSignature(SECRET));
    }

    private LocalJetty startWith(RequestSignature signer) throws Exception {
        LocalJetty server = new LocalJetty();
        URI[] base = new URI[1];
        SandboxServlet sandbox = new SandboxServlet(conversation, () -> base[0], signer, Clock.systemUTC(), () -> {
            nudgePasses.incrementAndGet();
            return "Nudge pass for 2026-03-02: 3 digests sent.";
        });
        server.mount(sandbox, "/", "/sandbox/*")
                .mount(new SlackStandInServlet(conversation), "/sandbox/slack/*")
                .mount(app, "/slack/events")
                .start();
        base[0] = Sandbox.loopback(server.port());
        app.standIn = base[0];
        return server;
    }

    @AfterEach
    void stop() throws Exception {
        jetty.close();
    }

    // ---- commands ---------------------------------------------------------------------------

    @Test
    void aTypedCommandIsSignedForwardedAsSlackPostsItAndItsAnswerRecorded() throws Exception {
        HttpResponse<String> answer = post("/sandbox/command", "{\"text\":\"/delight acme\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("ok").asBoolean()).isTrue();
        Received request = app.only();
        assertThat(request.verdict()).isEqualTo(RequestSignature.Verdict.VALID);
        assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = Http.form(request.body());
        assertThat(form).containsEntry("command", "/delight").containsEntry("text", "acme")
                .containsEntry("team_id", "T0LOCAL").containsEntry("user_id", "U0SANDBOX1")
                .containsEntry("channel_id", "C0SANDBOX").containsEntry("api_app_id", "A0SANDBOX")
                .containsKeys("trigger_id", "token", "team_domain", "channel_name", "user_name");
        String responseId = JSON.readTree(answer.body()).path("responseId").asText();
        assertThat(form.get("response_url"))
                .isEqualTo("http://127.0.0.1:" + jetty.port() + "/sandbox/slack/respond/" + responseId);

        List<Entry> entries = conversation.all();
        assertThat(entries).extracting(Entry::kind).containsExactly(Kind.COMMAND, Kind.MESSAGE);
        assertThat(entries.get(0).text()).isEqualTo("/delight acme");
        Entry card = entries.get(1);
        assertThat(card.id()).isEqualTo(responseId);
        assertThat(card.ephemeral()).isTrue();
        assertThat(card.text()).isEqualTo("Delight card for Acme");
        assertThat(card.body().get(1).path("elements").get(0).path("action_id").asText()).isEqualTo("prompt_done");
    }

    @Test
    void theCommandTextIsEscapedAsSlackEscapesIt() throws Exception {
        post("/sandbox/command", "{\"text\":\"  /client-health   a<b & \\\"c\\\"  \"}");

        Map<String, String> form = Http.form(app.only().body());
        assertThat(form).containsEntry("command", "/client-health").containsEntry("text", "a&lt;b &amp; \"c\"");
    }

    @Test
    void anUnknownCommandIsAnsweredOnThePageAndNeverForwarded() throws Exception {
        HttpResponse<String> answer = post("/sandbox/command", "{\"text\":\"/giphy cats\"}");

        assertThat(JSON.readTree(answer.body()).path("ok").asBoolean()).isFalse();
        assertThat(app.received).isEmpty();
        assertThat(conversation.all()).extracting(Entry::kind).containsExactly(Kind.COMMAND, Kind.ERROR);
        assertThat(conversation.all().get(1).text()).contains("/giphy").contains("/delight").contains("/client-health");
    }

    @Test
    void aRequestTheAppRefusesIsShownAsAnError() throws Exception {
        jetty.close();
        jetty = startWith(new RequestSignature("not-the-secret-the-app-has"));

        post("/sandbox/command", "{\"text\":\"/delight acme\"}");

        assertThat(app.only().verdict()).isEqualTo(RequestSignature.Verdict.MISMATCH);
        assertThat(conversation.all()).extracting(Entry::kind).containsExactly(Kind.COMMAND, Kind.ERROR);
        assertThat(conversation.all().get(1).text()).contains("HTTP 401");
    }

    // ---- clicks -----------------------------------------------------------------------------

    @Test
    void aClickIsASignedBlockActionsPayloadWhoseResponseUrlRedrawsThatMessage() throws Exception {
        post("/sandbox/command", "{\"text\":\"/delight acme\"}");
        Entry card = conversation.all().get(1);
        app.received.clear();

        HttpResponse<String> answer = post("/sandbox/action", JSON.createObjectNode().put("messageId", card.id())
                .put("actionId", "prompt_snooze").put("blockId", "prompt-0").put("value", "42|follow_up:7").toString());

        assertThat(JSON.readTree(answer.body()).path("ok").asBoolean()).isTrue();
        Received request = app.only();
        assertThat(request.verdict()).isEqualTo(RequestSignature.Verdict.VALID);
        JsonNode payload = JSON.readTree(Http.form(request.body()).get("payload"));
        assertThat(payload.path("type").asText()).isEqualTo("block_actions");
        assertThat(payload.path("team").path("id").asText()).isEqualTo("T0LOCAL");
        assertThat(payload.path("user").path("id").asText()).isEqualTo("U0SANDBOX1");
        assertThat(payload.path("trigger_id").asText()).isNotBlank();
        assertThat(payload.path("container").path("type").asText()).isEqualTo("message");
        assertThat(payload.path("container").path("is_ephemeral").asBoolean()).isTrue();
        assertThat(payload.path("channel").path("id").asText()).isEqualTo("C0SANDBOX");
        assertThat(payload.path("response_url").asText()).endsWith("/sandbox/slack/respond/" + card.id());
        JsonNode action = payload.path("actions").get(0);
        assertThat(action.path("action_id").asText()).isEqualTo("prompt_snooze");
        assertThat(action.path("block_id").asText()).isEqualTo("prompt-0");
        assertThat(action.path("value").asText()).isEqualTo("42|follow_up:7");
        assertThat(action.path("type").asText()).isEqualTo("button");
        assertThat(action.path("text").path("text").asText()).isEqualTo("Snooze 1 week");

        // the fake app redrew the card through the response URL: replaced in place, not added
        List<Entry> entries = conversation.all();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).id()).isEqualTo(card.id());
        assertThat(entries.get(1).text()).isEqualTo("redrawn after prompt_snooze");
        assertThat(entries.get(1).ephemeral()).isTrue();
    }

    @Test
    void aClickOnAButtonTheMessageDoesNotHaveIsRefused() throws Exception {
        post("/sandbox/command", "{\"text\":\"/delight acme\"}");
        Entry card = conversation.all().get(1);
        app.received.clear();

        HttpResponse<String> unknownButton = post("/sandbox/action",
                JSON.createObjectNode().put("messageId", card.id()).put("actionId", "delete_everything").toString());
        HttpResponse<String> unknownMessage = post("/sandbox/action",
                JSON.createObjectNode().put("messageId", "m999").put("actionId", "prompt_done").toString());

        assertThat(unknownButton.statusCode()).isEqualTo(404);
        assertThat(unknownMessage.statusCode()).isEqualTo(404);
        assertThat(app.received).isEmpty();
    }

    @Test
    void aClickOnTheHomeTabHasAViewContainerAndNoResponseUrl() throws Exception {
        ObjectNode home = JSON.createObjectNode().put("type", "home");
        home.putArray("blocks").addObject().put("type", "section").put("block_id", "c1")
                .putObject("accessory").put("type", "button").put("action_id", "home_show_card").put("value", "42")
                .putObject("text").put("type", "plain_text").put("text", "Card");
        Entry published = conversation.homePublished(Sandbox.USER_ID, home);

        post("/sandbox/action", JSON.createObjectNode().put("messageId", published.id()).put("actionId", "home_show_card")
                .put("value", "42").toString());

        JsonNode payload = JSON.readTree(Http.form(app.only().body()).get("payload"));
        assertThat(payload.path("container").path("type").asText()).isEqualTo("view");
        assertThat(payload.path("view").path("type").asText()).isEqualTo("home");
        assertThat(payload.path("view").path("id").asText()).isEqualTo("VHOMEU0SANDBOX1");
        assertThat(payload.has("response_url")).isFalse();
        assertThat(payload.path("actions").get(0).path("value").asText()).isEqualTo("42");
    }

    // ---- modals -----------------------------------------------------------------------------

    @Test
    void aSubmissionCarriesSlacksStateValuesAndClosesTheModal() throws Exception {
        Entry modal = conversation.modalOpened(addClientLikeModal(), "views.open");

        HttpResponse<String> answer = post("/sandbox/submit", JSON.createObjectNode().put("viewId", modal.id())
                .set("values", JSON.readTree("{\"name\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"Globex\"}},"
                        + "\"stage\":{\"value\":{\"type\":\"static_select\",\"selected_option\":{\"value\":\"onboarding\"}}},"
                        + "\"start_date\":{\"value\":{\"type\":\"datepicker\",\"selected_date\":\"2026-03-02\"}},"
                        + "\"channel\":{\"value\":{\"type\":\"conversations_select\",\"selected_conversation\":\"c0globex\"}}}"))
                .toString());

        JsonNode result = JSON.readTree(answer.body());
        assertThat(result.path("ok").asBoolean()).isTrue();
        assertThat(result.path("closed").asBoolean()).isTrue();
        JsonNode payload = JSON.readTree(Http.form(app.only().body()).get("payload"));
        assertThat(payload.path("type").asText()).isEqualTo("view_submission");
        JsonNode view = payload.path("view");
        assertThat(view.path("id").asText()).isEqualTo(modal.id());
        assertThat(view.path("callback_id").asText()).isEqualTo("add_client_view");
        assertThat(view.path("private_metadata").asText()).isEqualTo("meta");
        JsonNode values = view.path("state").path("values");
        assertThat(values.path("name").path("value").path("value").asText()).isEqualTo("Globex");
        assertThat(values.path("stage").path("value").path("selected_option").path("value").asText()).isEqualTo("onboarding");
        assertThat(values.path("stage").path("value").path("selected_option").path("text").path("text").asText())
                .isEqualTo("Onboarding");
        assertThat(values.path("start_date").path("value").path("selected_date").asText()).isEqualTo("2026-03-02");
        assertThat(values.path("channel").path("value").path("selected_conversation").asText()).isEqualTo("C0GLOBEX");
        // an optional field left empty is null, as Slack sends it
        assertThat(values.path("revenue").path("value").path("value").isNull()).isTrue();
        assertThat(conversation.openModals()).isEmpty();
    }

    @Test
    void theAppsErrorsComeBackForTheFieldsAndTheModalStaysOpen() throws Exception {
        Entry modal = conversation.modalOpened(addClientLikeModal(), "views.open");

        HttpResponse<String> answer = post("/sandbox/submit", JSON.createObjectNode().put("viewId", modal.id())
                .set("values", JSON.readTree("{\"name\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"bad\"}}}"))
                .toString());

        JsonNode result = JSON.readTree(answer.body());
        assertThat(result.path("ok").asBoolean()).isTrue();
        assertThat(result.path("errors").path("name").asText()).isEqualTo("That name is taken.");
        assertThat(conversation.openModals()).extracting(Entry::id).containsExactly(modal.id());
    }

    @Test
    void anEmptyRequiredFieldIsRefusedBeforeTheAppHearsOfIt() throws Exception {
        Entry modal = conversation.modalOpened(addClientLikeModal(), "views.open");

        ObjectNode submission = JSON.createObjectNode().put("viewId", modal.id());
        submission.putObject("values").putObject("name").putObject("value").put("type", "plain_text_input").putNull("value");
        HttpResponse<String> answer = post("/sandbox/submit", submission.toString());

        assertThat(JSON.readTree(answer.body()).path("errors").path("name").asText()).isEqualTo("Please fill out this field.");
        assertThat(app.received).isEmpty();
    }

    @Test
    void cancellingAModalClosesIt() throws Exception {
        Entry modal = conversation.modalOpened(addClientLikeModal(), "views.open");

        post("/sandbox/close", JSON.createObjectNode().put("viewId", modal.id()).toString());

        assertThat(conversation.openModals()).isEmpty();
        assertThat(app.received).isEmpty();
    }

    // ---- Home, nudges, events, the page --------------------------------------------------------

    @Test
    void openingHomeSendsASignedAppHomeOpenedEvent() throws Exception {
        post("/sandbox/home", "{}");

        Received request = app.only();
        assertThat(request.verdict()).isEqualTo(RequestSignature.Verdict.VALID);
        assertThat(request.contentType()).startsWith("application/json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("type").asText()).isEqualTo("event_callback");
        assertThat(body.path("team_id").asText()).isEqualTo("T0LOCAL");
        assertThat(body.path("event").path("type").asText()).isEqualTo("app_home_opened");
        assertThat(body.path("event").path("user").asText()).isEqualTo("U0SANDBOX1");
        assertThat(body.path("event").path("tab").asText()).isEqualTo("home");
    }

    @Test
    void runningTheNudgesRunsThePassAndSaysWhatItDid() throws Exception {
        HttpResponse<String> answer = post("/sandbox/nudges", "{}");

        assertThat(nudgePasses).hasValue(1);
        assertThat(JSON.readTree(answer.body()).path("summary").asText()).contains("3 digests sent");
        assertThat(conversation.all()).extracting(Entry::kind).containsExactly(Kind.NOTE);
    }

    @Test
    void eventsListWhatChangedSinceASeq() throws Exception {
        post("/sandbox/command", "{\"text\":\"/delight acme\"}");

        JsonNode all = JSON.readTree(get("/sandbox/events?since=0").body());
        assertThat(all.path("entries")).hasSize(2);
        assertThat(all.path("entries").get(0).path("kind").asText()).isEqualTo("command");
        assertThat(all.path("entries").get(1).path("kind").asText()).isEqualTo("message");
        assertThat(all.path("entries").get(1).path("blocks").isArray()).isTrue();
        long last = all.path("last").asLong();

        JsonNode none = JSON.readTree(get("/sandbox/events?since=" + last).body());
        assertThat(none.path("entries")).isEmpty();
        assertThat(none.path("last").asLong()).isEqualTo(last);
        assertThat(none.path("reset").asBoolean()).isFalse();

        JsonNode fromBeforeARestart = JSON.readTree(get("/sandbox/events?since=" + (last + 100)).body());
        assertThat(fromBeforeARestart.path("reset").asBoolean()).isTrue();
        assertThat(fromBeforeARestart.path("entries")).hasSize(2);
    }

    @Test
    void thePageAndItsFilesAreServedWithAStrictPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> script = get("/sandbox/static/sandbox.js");
        HttpResponse<String> style = get("/sandbox/static/sandbox.css");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("script-src 'self'"));
        assertThat(page.body()).contains("id=\"composer\"").contains("placeholder=\"/delight acme\"")
                .doesNotContain("http://").doesNotContain("https://");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).doesNotContain("innerHTML");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.body()).doesNotContain("@import").doesNotContain("url(");
        assertThat(get("/sandbox/static/..%2Fsandbox%2Findex.html").statusCode()).isIn(400, 404);
        assertThat(get("/sandbox/static/nothing.js").statusCode()).isEqualTo(404);
        assertThat(get("/elsewhere").statusCode()).isEqualTo(404);
    }

    @Test
    void thePostsTakeJsonOnlySoAnotherSiteCannotPostAForm() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(jetty.uri("/sandbox/command"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"/delight acme\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(conversation.all()).isEmpty();
        assertThat(app.received).isEmpty();
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static ObjectNode addClientLikeModal() throws IOException {
        return (ObjectNode) JSON.readTree("{\"type\":\"modal\",\"callback_id\":\"add_client_view\",\"private_metadata\":\"meta\","
                + "\"title\":{\"type\":\"plain_text\",\"text\":\"Add client\"},"
                + "\"submit\":{\"type\":\"plain_text\",\"text\":\"Add\"},"
                + "\"blocks\":["
                + "{\"type\":\"input\",\"block_id\":\"name\",\"label\":{\"type\":\"plain_text\",\"text\":\"Name\"},"
                + "\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"value\"}},"
                + "{\"type\":\"input\",\"block_id\":\"stage\",\"label\":{\"type\":\"plain_text\",\"text\":\"Stage\"},"
                + "\"element\":{\"type\":\"static_select\",\"action_id\":\"value\",\"options\":["
                + "{\"text\":{\"type\":\"plain_text\",\"text\":\"Active\"},\"value\":\"active\"},"
                + "{\"text\":{\"type\":\"plain_text\",\"text\":\"Onboarding\"},\"value\":\"onboarding\"}],"
                + "\"initial_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"Active\"},\"value\":\"active\"}}},"
                + "{\"type\":\"input\",\"block_id\":\"channel\",\"optional\":true,\"label\":{\"type\":\"plain_text\",\"text\":\"Channel\"},"
                + "\"element\":{\"type\":\"conversations_select\",\"action_id\":\"value\"}},"
                + "{\"type\":\"input\",\"block_id\":\"start_date\",\"optional\":true,\"label\":{\"type\":\"plain_text\",\"text\":\"Start\"},"
                + "\"element\":{\"type\":\"datepicker\",\"action_id\":\"value\"}},"
                + "{\"type\":\"input\",\"block_id\":\"revenue\",\"optional\":true,\"label\":{\"type\":\"plain_text\",\"text\":\"Revenue\"},"
                + "\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"value\"}}]}");
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(jetty.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(jetty.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    record Received(String contentType, String body, RequestSignature.Verdict verdict) {
    }

    /**
     * The app's {@code /slack/events} as far as these tests need it: it checks the signature as the
     * guard does (401 when wrong), acks a command with a card, redraws a clicked message through its
     * response URL, and refuses a client named "bad".
     */
    static final class FakeApp extends HttpServlet {
        private static final long serialVersionUID = 1L;
        final List<Received> received = new CopyOnWriteArrayList<>();
        volatile URI standIn;
        private final transient RequestSignature signature = new RequestSignature(SECRET);
        private final transient HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        Received only() {
            assertThat(received).hasSize(1);
            return received.get(0);
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            byte[] bytes = request.getInputStream().readAllBytes();
            String body = new String(bytes, StandardCharsets.UTF_8);
            RequestSignature.Verdict verdict = signature.verify(request.getHeader("X-Slack-Request-Timestamp"),
                    request.getHeader("X-Slack-Signature"), bytes, Instant.now());
            received.add(new Received(request.getContentType(), body, verdict));
            if (verdict != RequestSignature.Verdict.VALID) {
                response.setStatus(401);
                response.getWriter().write("invalid request");
                return;
            }
            if (request.getContentType().startsWith("application/json")) {
                response.setStatus(200);
                return;
            }
            Map<String, String> form = Http.form(body);
            if (form.containsKey("command")) {
                json(response, CARD);
                return;
            }
            JsonNode payload = JSON.readTree(form.get("payload"));
            if (payload.path("type").asText().equals("block_actions") && payload.hasNonNull("response_url")) {
                String redraw = JSON.createObjectNode().put("replace_original", true)
                        .put("text", "redrawn after " + payload.path("actions").get(0).path("action_id").asText()).toString();
                try {
                    client.send(HttpRequest.newBuilder(URI.create(payload.path("response_url").asText()))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(redraw)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (payload.path("type").asText().equals("view_submission")
                    && payload.path("view").path("state").path("values").path("name").path("value").path("value").asText()
                    .equals("bad")) {
                json(response, "{\"response_action\":\"errors\",\"errors\":{\"name\":\"That name is taken.\"}}");
                return;
            }
            response.setStatus(200);
        }

        private static void json(HttpServletResponse response, String body) throws IOException {
            response.setStatus(200);
            response.setContentType("application/json;charset=utf-8");
            response.getWriter().write(body);
        }
    }
}
