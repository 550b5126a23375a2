package app.delight.support;

import app.delight.serve.Delight;
import app.delight.config.Settings;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole app started as {@code serve} starts it, on a free port, against its own database in the
 * test PostgreSQL and the fake Slack; plus a client that sends requests signed as Slack signs them.
 */
public final class RunningDelight implements AutoCloseable {
    public static final String SIGNING_SECRET = "test-signing-secret-0123456789";
    public static final String BOT_TOKEN = "xoxb-test-bot-token";
    public static final String TEAM_ID = "T0TEST0001";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Delight delight;
    private final FakeSlackApi slack;
    private final String databaseUrl;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SlackSigner signer = new SlackSigner(SIGNING_SECRET);

    private RunningDelight(Delight delight, FakeSlackApi slack, String databaseUrl, Clock clock) {
        this.delight = delight;
        this.slack = slack;
        this.databaseUrl = databaseUrl;
        this.clock = clock;
    }

    /** Starts the app with a new database named after the test class. */
    public static RunningDelight start(Class<?> testClass, FakeSlackApi slack) throws Exception {
        return start(slack, TestPostgres.newDatabase(testClass.getSimpleName()), Map.of(), Clock.systemUTC());
    }

    /** Starts the app on a given database, with extra environment variables over the test defaults. */
    public static RunningDelight start(FakeSlackApi slack, String databaseUrl, Map<String, String> extraEnv, Clock clock)
            throws Exception {
        Map<String, String> env = new HashMap<>(environment(slack, databaseUrl));
        env.put("PORT", String.valueOf(freePort()));
        env.putAll(extraEnv);
        return new RunningDelight(Delight.start(Settings.fromEnvironment(env), clock), slack, databaseUrl, clock);
    }

    /** The environment the app runs with in tests: signed HTTP mode against the fake Slack. */
    public static Map<String, String> environment(FakeSlackApi slack, String databaseUrl) {
        return Map.of(
                "SLACK_BOT_TOKEN", BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "SLACK_API_URL", slack.apiUrl(),
                "DATABASE_URL", databaseUrl);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + delight.port() + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A slash command from user U0TEST0001 in channel C0TEST0001, as Slack posts it. */
    public HttpResponse<String> slashCommand(String command, String text) throws IOException, InterruptedException {
        return postSigned(slashCommandBody(command, text), clock.instant().getEpochSecond());
    }

    /** The same from another user, or from another workspace. */
    public HttpResponse<String> slashCommandFrom(String teamId, String userId, String command, String text)
            throws IOException, InterruptedException {
        String body = slashCommandBody(command, text)
                .replace("team_id=" + TEAM_ID, "team_id=" + teamId)
                .replace("user_id=U0TEST0001", "user_id=" + userId);
        return postSigned(body, clock.instant().getEpochSecond());
    }

    public String slashCommandBody(String command, String text) {
        return slashCommandBody(slack, command, text);
    }

    /** The form Slack posts for a slash command by U0TEST0001 in C0TEST0001, its response_url on {@code slack}. */
    public static String slashCommandBody(FakeSlackApi slack, String command, String text) {
        return formEncode(slashCommandFields(slack, command, text));
    }

    /** A slash command's fields: posted as a form over HTTP, sent as a JSON object over Socket Mode. */
    public static Map<String, String> slashCommandFields(FakeSlackApi slack, String command, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", TEAM_ID);
        form.put("team_domain", "delight-test");
        form.put("channel_id", "C0TEST0001");
        form.put("channel_name", "acme-account");
        form.put("user_id", "U0TEST0001");
        form.put("user_name", "ada");
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0TEST0001");
        form.put("is_enterprise_install", "false");
        form.put("response_url", slack.responseUrl("cmd"));
        form.put("trigger_id", "1234567890.1234567890.abcdef");
        return form;
    }

    public static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A click on a button of a message: a signed {@code block_actions} payload, as Slack posts it. */
    public HttpResponse<String> clickButton(String actionId, String value) throws IOException, InterruptedException {
        return postSigned(formEncode(Map.of("payload", blockActionsPayload(actionId, value))), clock.instant().getEpochSecond());
    }

    public String blockActionsPayload(String actionId, String value) {
        ObjectNode payload = interaction("block_actions");
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                .put("channel_id", "C0TEST0001").put("is_ephemeral", true);
        payload.put("trigger_id", "1234567890.1234567890.abcdef");
        payload.putObject("channel").put("id", "C0TEST0001").put("name", "acme-account");
        payload.put("response_url", slack.responseUrl("click"));
        clicked(payload, "prompt-0", actionId, value);
        return payload.toString();
    }

    /** An interaction payload of {@code type} from user U0TEST0001 of the test workspace, as Slack starts each one. */
    private static ObjectNode interaction(String type) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", type);
        payload.putObject("team").put("id", TEAM_ID).put("domain", "delight-test");
        payload.putObject("user").put("id", "U0TEST0001").put("username", "ada").put("team_id", TEAM_ID);
        payload.put("api_app_id", "A0TEST0001");
        payload.put("token", "legacy-verification-token");
        return payload;
    }

    /** The button clicked, in block {@code blockId}. */
    private static void clicked(ObjectNode payload, String blockId, String actionId, String value) {
        payload.putArray("actions").addObject().put("action_id", actionId).put("block_id", blockId).put("type", "button")
                .put("value", value).put("action_ts", "1700000001.000200");
    }

    /** A modal submitted: a signed {@code view_submission} payload with the given input values by block id. */
    public HttpResponse<String> submitView(String callbackId, String privateMetadata, Map<String, String> inputs)
            throws IOException, InterruptedException {
        Map<String, ObjectNode> values = new LinkedHashMap<>();
        inputs.forEach((block, value) -> values.put(block, textInput(value)));
        return submitViewState(callbackId, privateMetadata, values);
    }

    /** Posts a form body to {@code /slack/events}, signed for the given Unix time. */
    public HttpResponse<String> postSigned(String body, long timestamp) throws IOException, InterruptedException {
        return post(body, String.valueOf(timestamp), signer.sign(timestamp, body));
    }

    /** Posts a form body with whatever timestamp and signature headers the test chooses (null: none). */
    public HttpResponse<String> post(String body, String timestamp, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The user opened the app's Home tab: a signed {@code app_home_opened} event, posted as JSON as Slack posts events. */
    public HttpResponse<String> openHomeTab(String teamId, String userId) throws IOException, InterruptedException {
        return postSignedJson(homeOpenedBody(teamId, userId, "home"), clock.instant().getEpochSecond());
    }

    /** An {@code event_callback} for {@code app_home_opened} on the given tab ({@code home}, {@code messages}, {@code about}). */
    public String homeOpenedBody(String teamId, String userId, String tab) {
        ObjectNode body = JSON.createObjectNode();
        body.put("token", "legacy-verification-token");
        body.put("team_id", teamId);
        body.put("api_app_id", "A0TEST0001");
        body.put("type", "event_callback");
        body.put("event_id", "Ev" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(java.util.Locale.ROOT));
        body.put("event_time", clock.instant().getEpochSecond());
        body.putObject("event").put("type", "app_home_opened").put("user", userId).put("channel", "D0HOME0001")
                .put("tab", tab).put("event_ts", clock.instant().getEpochSecond() + ".000100");
        return body.toString();
    }

    /** Posts a JSON body (events) to {@code /slack/events}, signed for the given Unix time. */
    public HttpResponse<String> postSignedJson(String body, long timestamp) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signer.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A click on a button of the app's Home tab, by user U0TEST0001: a view container, no channel, no response_url. */
    public HttpResponse<String> clickHomeButton(String actionId, String value) throws IOException, InterruptedException {
        return clickHomeButton(actionId, value, JSON.createObjectNode());
    }

    /** The same on a given published view: Slack sends the whole view, every block of it, with each click. */
    public HttpResponse<String> clickHomeButton(String actionId, String value, ObjectNode publishedView)
            throws IOException, InterruptedException {
        ObjectNode payload = interaction("block_actions");
        payload.putObject("container").put("type", "view").put("view_id", "V0HOME0001");
        payload.put("trigger_id", "1234567890.1234567890.abcdef");
        payload.set("view", publishedView.deepCopy().put("id", "V0HOME0001").put("team_id", TEAM_ID).put("type", "home"));
        clicked(payload, "home", actionId, value);
        return postSigned(formEncode(Map.of("payload", payload.toString())), clock.instant().getEpochSecond());
    }

    /**
     * A modal submitted by U0TEST0001 with inputs of any element type: each block's value (under the
     * action id {@code value}) as Slack sends it, built with {@link #textInput}, {@link #selected},
     * {@link #selectedDate} or {@link #selectedConversation}.
     */
    public HttpResponse<String> submitViewState(String callbackId, String privateMetadata, Map<String, ObjectNode> inputs)
            throws IOException, InterruptedException {
        ObjectNode payload = interaction("view_submission");
        payload.put("trigger_id", "1234567890.1234567890.abcdef");
        ObjectNode view = payload.putObject("view");
        view.put("id", "V0TEST0001").put("type", "modal").put("callback_id", callbackId).put("private_metadata", privateMetadata);
        ObjectNode values = view.putObject("state").putObject("values");
        inputs.forEach((block, value) -> values.putObject(block).set("value", value));
        return postSigned(formEncode(Map.of("payload", payload.toString())), clock.instant().getEpochSecond());
    }

    public static ObjectNode textInput(String value) {
        return JSON.createObjectNode().put("type", "plain_text_input").put("value", value);
    }

    /** A static select's chosen option. */
    public static ObjectNode selected(String optionValue) {
        ObjectNode value = JSON.createObjectNode().put("type", "static_select");
        ObjectNode option = value.putObject("selected_option");
        option.putObject("text").put("type", "plain_text").put("text", optionValue);
        option.put("value", optionValue);
        return value;
    }

    /** A datepicker's day, {@code YYYY-MM-DD}. */
    public static ObjectNode selectedDate(String date) {
        return JSON.createObjectNode().put("type", "datepicker").put("selected_date", date);
    }

    public static ObjectNode selectedConversation(String channelId) {
        return JSON.createObjectNode().put("type", "conversations_select").put("selected_conversation", channelId);
    }

    @Override
    public void close() {
        delight.close();
    }
}
