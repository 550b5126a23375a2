package app.delight.sandbox;

import app.delight.web.RequestSignature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox page and its API. Mount it at {@code /} (the page) and at {@code /sandbox/*} (its
 * static files and API); the stand-in for Slack goes at the more specific {@code /sandbox/slack/*}.
 *
 * <p>What the user does on the page becomes what Slack would post: a typed {@code /delight acme} is
 * a slash-command form, a click a {@code block_actions} payload, a modal's Save a {@code
 * view_submission}, opening Home an {@code app_home_opened} event. Each is signed with the sandbox's
 * signing secret and posted over loopback to the app's own {@code /slack/events}, so it goes through
 * the same guard and Bolt handlers as Slack's requests. What the app answers, and what it sends to
 * the stand-in afterwards, lands in the {@link SandboxConversation} that the page polls.
 *
 * <pre>
 * GET  /                          the page
 * GET  /sandbox/static/{file}     its CSS and JavaScript
 * GET  /sandbox/events?since=N    entries changed after N: {"last": seq, "user": …, "entries": [...]}
 *                                 (&amp;wait=ms, up to 25000, waits for the first change: long polling)
 * POST /sandbox/command  {"text": "/delight acme"}
 * POST /sandbox/action   {"messageId": id, "actionId": …, "blockId": …, "value": …}   (a button)
 * POST /sandbox/submit   {"viewId": id, "callbackId": …, "values": {block: {action: {...}}}}
 *                        → {"ok": true, "closed": true} or {"ok": true, "errors": {block: message}}
 * POST /sandbox/close    {"viewId": id}   the modal's Cancel
 * POST /sandbox/home     {}   the user opened the Home tab
 * POST /sandbox/nudges   {}   run today's nudge pass now
 * </pre>
 * POSTs take {@code Content-Type: application/json} only, which a page of another site cannot send
 * without the browser asking first (and this servlet never says yes), so a site the user visits
 * cannot type commands for them.
 */
public final class SandboxServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(SandboxServlet.class);

    /** The commands the page forwards; anything else is answered on the page. */
    public static final List<String> COMMANDS = List.of("/delight", "/client-health");
    /** The API's bodies are small; this keeps a stray upload from being read. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** A line in the message box; escaped and form-encoded it stays well under the guard's body cap. */
    static final int MAX_COMMAND_CHARS = 4000;
    /** Slack gives up on an app that has not answered in three seconds. */
    static final Duration SLACK_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(30);
    private static final long MAX_WAIT_MILLIS = 25_000;
    private static final Pattern STATIC_FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(css|js|svg|html)");
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private final transient SandboxConversation conversation;
    private final transient Supplier<URI> appBase;
    private final transient RequestSignature signer;
    private final transient Clock clock;
    private final transient Supplier<String> nudges;
    private final transient SlackPayloads payloads;
    private final transient HttpClient http;
    private final AtomicBoolean nudging = new AtomicBoolean();

    /**
     * @param conversation what the page shows; the same instance the {@link SlackStandInServlet} records into
     * @param appBase      the app over loopback, e.g. {@code http://127.0.0.1:3000/}: requests go to its {@code /slack/events}
     * @param signer       the sandbox's signing secret, the one the app's {@code SlackRequestGuard} checks
     * @param clock        the app's clock, for request timestamps the guard accepts
     * @param nudges       runs today's nudge pass and says what it did in a line (shown on the page)
     */
    public SandboxServlet(SandboxConversation conversation, URI appBase, RequestSignature signer, Clock clock,
            Supplier<String> nudges) {
        this(conversation, () -> appBase, signer, clock, nudges);
    }

    /** The same, for wiring where the port is known only once the server has started. */
    public SandboxServlet(SandboxConversation conversation, Supplier<URI> appBase, RequestSignature signer, Clock clock,
            Supplier<String> nudges) {
        this.conversation = conversation;
        this.appBase = appBase;
        this.signer = signer;
        this.clock = clock;
        this.nudges = nudges;
        this.payloads = new SlackPayloads(clock);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    // ---- GET: the page, its files, the events -------------------------------------------------

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Http.path(request);
        if (path.equals("/") || path.equals("/index.html")) {
            resource(response, "index.html");
        } else if (path.startsWith("/sandbox/static/") && STATIC_FILE.matcher(path.substring(16)).matches()) {
            resource(response, path.substring(16));
        } else if (path.equals("/sandbox/events")) {
            events(request, response);
        } else {
            Http.text(response, 404, "not found");
        }
    }

    private void resource(HttpServletResponse response, String name) throws IOException {
        try (InputStream in = SandboxServlet.class.getClassLoader().getResourceAsStream("sandbox/" + name)) {
            if (in == null) {
                Http.text(response, 404, "not found");
                return;
            }
            byte[] bytes = in.readAllBytes();
            response.setStatus(200);
            response.setContentType(contentType(name));
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html;charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css;charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript;charset=utf-8";
        }
        return "image/svg+xml";
    }

    private void events(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long since = Math.max(0, longParam(request, "since", 0));
        long wait = Math.min(MAX_WAIT_MILLIS, Math.max(0, longParam(request, "wait", 0)));
        ObjectNode body = Http.JSON.createObjectNode();
        // A page that saw more than this conversation ever had is from before a restart: it starts over.
        boolean reset = since > conversation.lastSeq();
        if (reset) {
            since = 0;
        }
        List<SandboxConversation.Entry> changed;
        try {
            changed = wait > 0 && !reset ? conversation.await(since, Duration.ofMillis(wait)) : conversation.since(since);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            changed = conversation.since(since);
        }
        long last = changed.stream().mapToLong(SandboxConversation.Entry::seq).max().orElse(since);
        body.put("last", last);
        body.put("reset", reset);
        body.put("user", Sandbox.USER_ID);
        body.put("channel", Sandbox.CHANNEL_ID);
        ArrayNode entries = body.putArray("entries");
        changed.forEach(entry -> entries.add(toJson(entry)));
        Http.json(response, 200, body);
    }

    static ObjectNode toJson(SandboxConversation.Entry entry) {
        ObjectNode json = Http.JSON.createObjectNode();
        json.put("seq", entry.seq()).put("id", entry.id()).put("kind", entry.kind().name().toLowerCase(Locale.ROOT));
        json.put("channel", entry.channel()).put("ts", entry.ts()).put("ephemeral", entry.ephemeral());
        json.put("text", entry.text()).put("source", entry.source()).put("at", entry.at().toString());
        if (entry.body() != null) {
            json.set(entry.kind() == SandboxConversation.Kind.MESSAGE ? "blocks" : "view", entry.body());
        }
        return json;
    }

    private static long longParam(HttpServletRequest request, String name, long otherwise) {
        String value = request.getParameter(name);
        try {
            return value == null ? otherwise : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    // ---- POST: what the user does ---------------------------------------------------------------

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Http.path(request);
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            Http.json(response, 415, problem("send JSON with Content-Type: application/json"));
            return;
        }
        JsonNode body;
        try {
            byte[] bytes = Http.body(request, MAX_BODY_BYTES);
            body = bytes.length == 0 ? Http.JSON.createObjectNode() : Http.JSON.readTree(bytes);
        } catch (Http.TooLarge e) {
            response.setHeader("Connection", "close");
            Http.json(response, 413, problem("request larger than " + MAX_BODY_BYTES + " bytes"));
            return;
        } catch (IOException e) {
            Http.json(response, 400, problem("not JSON"));
            return;
        }
        if (body == null || !body.isObject()) {
            Http.json(response, 400, problem("expected a JSON object"));
            return;
        }
        switch (path) {
            case "/sandbox/command" -> command(body, response);
            case "/sandbox/action" -> action(body, response);
            case "/sandbox/submit" -> submit(body, response);
            case "/sandbox/close" -> close(body, response);
            case "/sandbox/home" -> home(response);
            case "/sandbox/nudges" -> nudges(response);
            default -> Http.json(response, 404, problem("no such endpoint: " + path));
        }
    }

    private void command(JsonNode body, HttpServletResponse response) throws IOException {
        String typed = body.path("text").asText("").strip();
        if (typed.isEmpty()) {
            Http.json(response, 400, problem("type a command, for example /delight acme"));
            return;
        }
        if (typed.length() > MAX_COMMAND_CHARS) {
            conversation.error("That is " + typed.length() + " characters long; the sandbox takes up to "
                    + MAX_COMMAND_CHARS + " in one line.");
            Http.json(response, 200, problem("too long"));
            return;
        }
        conversation.command(typed);
        if (!typed.startsWith("/")) {
            conversation.note("Delight listens to slash commands only: try /delight acme, /delight help or /client-health.");
            Http.json(response, 200, ok());
            return;
        }
        String[] parts = typed.split("\\s+", 2);
        String command = parts[0].toLowerCase(Locale.ROOT);
        String text = parts.length > 1 ? parts[1].strip() : "";
        if (!COMMANDS.contains(command)) {
            String message = parts[0] + " is not a command here. Delight answers " + String.join(" and ", COMMANDS)
                    + ", for example /delight acme.";
            conversation.error(message);
            Http.json(response, 200, problem(message));
            return;
        }
        String responseId = conversation.newResponseId();
        String form = payloads.slashCommand(command, text, Sandbox.responseUrl(appBase.get(), responseId).toString(),
                conversation.newTriggerId());
        Optional<Answer> answer = forward(form, "application/x-www-form-urlencoded", "the command " + command);
        if (answer.isEmpty()) {
            Http.json(response, 200, problem("the app did not accept the command"));
            return;
        }
        JsonNode acked = answer.get().json().orElseGet(() -> answer.get().body().isBlank() ? null
                : Http.JSON.createObjectNode().put("text", answer.get().body()));
        if (acked != null) {
            conversation.commandAnswer(responseId, acked);
        }
        Http.json(response, 200, ok().put("responseId", responseId));
    }

    private void action(JsonNode body, HttpServletResponse response) throws IOException {
        String messageId = body.path("messageId").asText("");
        String actionId = body.path("actionId").asText("");
        Optional<SandboxConversation.Entry> on = conversation.find(messageId)
                .filter(entry -> entry.kind() == SandboxConversation.Kind.MESSAGE || entry.kind() == SandboxConversation.Kind.MODAL
                        || entry.kind() == SandboxConversation.Kind.HOME);
        if (on.isEmpty()) {
            Http.json(response, 404, problem("that message is gone"));
            return;
        }
        SandboxConversation.Entry entry = on.get();
        JsonNode blocks = entry.kind() == SandboxConversation.Kind.MESSAGE ? entry.body() : entry.body().path("blocks");
        Optional<SlackPayloads.Click> click = BlockKitReader.click(blocks, actionId, textOrNull(body.get("blockId")),
                textOrNull(body.get("value")), textOrNull(body.get("selectedValue")));
        if (click.isEmpty()) {
            Http.json(response, 404, problem("no element " + actionId + " on that message"));
            return;
        }
        String triggerId = conversation.newTriggerId();
        String form;
        if (entry.kind() == SandboxConversation.Kind.MESSAGE) {
            form = payloads.messageAction(entry, Sandbox.responseUrl(appBase.get(), entry.id()).toString(), triggerId, click.get());
        } else {
            JsonNode values = entry.kind() == SandboxConversation.Kind.MODAL
                    ? BlockKitReader.stateValues(entry.body(), body.path("values"), null) : Http.JSON.createObjectNode();
            form = payloads.viewAction(entry, values, triggerId, click.get());
        }
        if (forward(form, "application/x-www-form-urlencoded", "the click on " + actionId).isEmpty()) {
            Http.json(response, 200, problem("the app did not accept the click"));
            return;
        }
        Http.json(response, 200, ok());
    }

    private void submit(JsonNode body, HttpServletResponse response) throws IOException {
        Optional<SandboxConversation.Entry> modal = openModal(textOrNull(body.get("viewId")), textOrNull(body.get("callbackId")));
        if (modal.isEmpty()) {
            Http.json(response, 404, problem("that form is no longer open"));
            return;
        }
        SandboxConversation.Entry entry = modal.get();
        ObjectNode missing = Http.JSON.createObjectNode();
        ObjectNode values = BlockKitReader.stateValues(entry.body(), body.path("values"), missing);
        if (!missing.isEmpty()) {
            // Slack's own client refuses an empty required field before the app hears of it
            Http.json(response, 200, ok().put("viewId", entry.id()).set("errors", missing));
            return;
        }
        String form = payloads.viewSubmission(entry.body(), values, conversation.newTriggerId());
        Optional<Answer> answer = forward(form, "application/x-www-form-urlencoded", "the form " + entry.callbackId());
        if (answer.isEmpty()) {
            Http.json(response, 200, problem("the app did not accept the form"));
            return;
        }
        JsonNode acked = answer.get().json().orElse(Http.JSON.createObjectNode());
        String action = acked.path("response_action").asText("");
        ObjectNode result = ok().put("viewId", entry.id());
        switch (action) {
            case "errors" -> {
                JsonNode errors = acked.path("errors");
                result.set("errors", errors.isObject() ? errors : Http.JSON.createObjectNode());
            }
            case "update" -> {
                if (acked.path("view").isObject()) {
                    conversation.modalUpdated(entry.id(), acked.get("view"), "response_action update");
                }
                result.put("updated", true);
            }
            case "push" -> {
                if (acked.path("view").isObject()) {
                    conversation.modalOpened(acked.get("view"), "response_action push");
                }
                result.put("pushed", true);
            }
            case "clear" -> {
                conversation.openModals().forEach(open -> conversation.modalClosed(open.id()));
                result.put("closed", true);
            }
            default -> {
                conversation.modalClosed(entry.id());
                result.put("closed", true);
            }
        }
        Http.json(response, 200, result);
    }

    private void close(JsonNode body, HttpServletResponse response) throws IOException {
        Optional<SandboxConversation.Entry> modal = openModal(textOrNull(body.get("viewId")), textOrNull(body.get("callbackId")));
        if (modal.isEmpty()) {
            Http.json(response, 200, ok().put("closed", true));
            return;
        }
        conversation.modalClosed(modal.get().id());
        if (modal.get().body().path("notify_on_close").asBoolean(false)) {
            forward(payloads.viewClosed(modal.get().body()), "application/x-www-form-urlencoded", "closing the form");
        }
        Http.json(response, 200, ok().put("closed", true));
    }

    private void home(HttpServletResponse response) throws IOException {
        JsonNode published = conversation.find("home-" + Sandbox.USER_ID).map(SandboxConversation.Entry::body).orElse(null);
        if (forward(payloads.homeOpened(published), "application/json", "opening the Home tab").isEmpty()) {
            Http.json(response, 200, problem("the app did not accept the event"));
            return;
        }
        Http.json(response, 200, ok());
    }

    private void nudges(HttpServletResponse response) throws IOException {
        if (!nudging.compareAndSet(false, true)) {
            Http.json(response, 409, problem("a nudge pass is already running"));
            return;
        }
        try {
            String summary = nudges.get();
            if (summary != null && !summary.isBlank()) {
                conversation.note(summary);
            }
            Http.json(response, 200, ok().put("summary", summary));
        } catch (RuntimeException e) {
            log.warn("The sandbox's nudge pass failed", e);
            String message = "Today's nudge pass failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            conversation.error(message);
            Http.json(response, 200, problem(message));
        } finally {
            nudging.set(false);
        }
    }

    private Optional<SandboxConversation.Entry> openModal(String viewId, String callbackId) {
        Optional<SandboxConversation.Entry> byId = conversation.find(viewId)
                .filter(entry -> entry.kind() == SandboxConversation.Kind.MODAL);
        if (byId.isPresent() || callbackId == null) {
            return byId;
        }
        List<SandboxConversation.Entry> open = conversation.openModals();
        for (int i = open.size() - 1; i >= 0; i--) {
            if (callbackId.equals(open.get(i).callbackId())) {
                return Optional.of(open.get(i));
            }
        }
        return Optional.empty();
    }

    // ---- to the app ---------------------------------------------------------------------------

    /** What the app answered a forwarded request. */
    record Answer(int status, String body, Optional<JsonNode> json) {
    }

    /**
     * Signs the body as Slack does and posts it to the app's {@code /slack/events}. A failure, or an
     * answer slower than Slack would wait for, is told on the page; empty when the app did not accept it.
     */
    private Optional<Answer> forward(String body, String contentType, String what) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(Sandbox.base(appBase.get()).resolve("slack/events"))
                .timeout(FORWARD_TIMEOUT)
                .header("Content-Type", contentType)
                .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signer.sign(timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("The sandbox could not reach the app for {}: {}", what, e.toString());
            conversation.error("The app did not answer " + what + " (" + e.getClass().getSimpleName() + ").");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            conversation.error("Interrupted while waiting for the app to answer " + what + ".");
            return Optional.empty();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (answer.statusCode() / 100 != 2) {
            log.warn("The app answered {} with HTTP {}", what, answer.statusCode());
            conversation.error("The app answered " + what + " with HTTP " + answer.statusCode()
                    + (answer.body().isBlank() ? "" : ": " + abbreviate(answer.body())));
            return Optional.empty();
        }
        if (took.compareTo(SLACK_TIMEOUT) > 0) {
            conversation.error(String.format(Locale.ROOT, "The app took %.1f s to answer %s; Slack gives up after 3 s "
                    + "and would have shown an error instead of the answer.", took.toMillis() / 1000.0, what));
        }
        return Optional.of(new Answer(answer.statusCode(), answer.body(), json(answer)));
    }

    private static Optional<JsonNode> json(HttpResponse<String> answer) {
        String body = answer.body();
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode parsed = Http.JSON.readTree(body);
            return parsed != null && parsed.isObject() ? Optional.of(parsed) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }

    private static ObjectNode ok() {
        return Http.JSON.createObjectNode().put("ok", true);
    }

    private static ObjectNode problem(String error) {
        return Http.JSON.createObjectNode().put("ok", false).put("error", error);
    }

    private static String textOrNull(JsonNode node) {
        String text = SandboxConversation.textOrNull(node);
        return text == null || text.isEmpty() ? null : text;
    }
}
