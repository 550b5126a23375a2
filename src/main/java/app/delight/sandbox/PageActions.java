package app.delight.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the page's user does, made into what Slack would post: a typed {@code /delight acme} is a
 * slash-command form, a click a {@code block_actions} payload, a modal's Save a {@code
 * view_submission}, opening Home an {@code app_home_opened} event. Each is forwarded to the app,
 * and what the app answers lands in the conversation the page shows.
 */
final class PageActions {
    private static final Logger log = LoggerFactory.getLogger(PageActions.class);
    /** The commands the page forwards; anything else is answered on the page. */
    static final List<String> COMMANDS = List.of("/delight", "/client-health");
    /** A line in the message box; escaped and form-encoded it stays well under the guard's body cap. */
    static final int MAX_COMMAND_CHARS = 4000;

    private final SandboxConversation conversation;
    private final Supplier<URI> appBase;
    private final Supplier<String> nudges;
    private final SlackPayloads payloads;
    private final SignedForwarder forwarder;
    private final AtomicBoolean nudging = new AtomicBoolean();

    PageActions(SandboxConversation conversation, Supplier<URI> appBase, SignedForwarder forwarder, Clock clock,
            Supplier<String> nudges) {
        this.conversation = conversation;
        this.appBase = appBase;
        this.forwarder = forwarder;
        this.nudges = nudges;
        this.payloads = new SlackPayloads(clock);
    }

    void command(JsonNode body, HttpServletResponse response) throws IOException {
        String typed = body.path("text").asText("").strip();
        if (typed.isEmpty()) {
            Http.json(response, 400, Http.error("type a command, for example /delight acme"));
            return;
        }
        if (typed.length() > MAX_COMMAND_CHARS) {
            conversation.error("That is " + typed.length() + " characters long; the sandbox takes up to "
                    + MAX_COMMAND_CHARS + " in one line.");
            Http.json(response, 200, Http.error("too long"));
            return;
        }
        conversation.command(typed);
        if (!typed.startsWith("/")) {
            conversation.note("Delight listens to slash commands only: try /delight acme, /delight help or /client-health.");
            Http.json(response, 200, Http.ok());
            return;
        }
        String[] parts = typed.split("\\s+", 2);
        String command = parts[0].toLowerCase(Locale.ROOT);
        String text = parts.length > 1 ? parts[1].strip() : "";
        if (!COMMANDS.contains(command)) {
            String message = parts[0] + " is not a command here. Delight answers " + String.join(" and ", COMMANDS)
                    + ", for example /delight acme.";
            conversation.error(message);
            Http.json(response, 200, Http.error(message));
            return;
        }
        String responseId = conversation.newResponseId();
        String form = payloads.slashCommand(command, text, Sandbox.responseUrl(appBase.get(), responseId).toString(),
                conversation.newTriggerId());
        Optional<SignedForwarder.Answer> answer = forwarder.forward(form, "application/x-www-form-urlencoded",
                "the command " + command);
        if (answer.isEmpty()) {
            Http.json(response, 200, Http.error("the app did not accept the command"));
            return;
        }
        JsonNode acked = answer.get().json().orElseGet(() -> answer.get().body().isBlank() ? null
                : Http.JSON.createObjectNode().put("text", answer.get().body()));
        if (acked != null) {
            conversation.commandAnswer(responseId, acked);
        }
        Http.json(response, 200, Http.ok().put("responseId", responseId));
    }

    void action(JsonNode body, HttpServletResponse response) throws IOException {
        String messageId = body.path("messageId").asText("");
        String actionId = body.path("actionId").asText("");
        Optional<SandboxConversation.Entry> on = conversation.find(messageId)
                .filter(entry -> entry.kind() == SandboxConversation.Kind.MESSAGE || entry.kind() == SandboxConversation.Kind.MODAL
                        || entry.kind() == SandboxConversation.Kind.HOME);
        if (on.isEmpty()) {
            Http.json(response, 404, Http.error("that message is gone"));
            return;
        }
        SandboxConversation.Entry entry = on.get();
        JsonNode blocks = entry.kind() == SandboxConversation.Kind.MESSAGE ? entry.body() : entry.body().path("blocks");
        Optional<SlackPayloads.Click> click = BlockKitReader.click(blocks, actionId, textOrNull(body.get("blockId")),
                textOrNull(body.get("value")), textOrNull(body.get("selectedValue")));
        if (click.isEmpty()) {
            Http.json(response, 404, Http.error("no element " + actionId + " on that message"));
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
        if (forwarder.forward(form, "application/x-www-form-urlencoded", "the click on " + actionId).isEmpty()) {
            Http.json(response, 200, Http.error("the app did not accept the click"));
            return;
        }
        Http.json(response, 200, Http.ok());
    }

    void submit(JsonNode body, HttpServletResponse response) throws IOException {
        Optional<SandboxConversation.Entry> modal = openModal(textOrNull(body.get("viewId")), textOrNull(body.get("callbackId")));
        if (modal.isEmpty()) {
            Http.json(response, 404, Http.error("that form is no longer open"));
            return;
        }
        SandboxConversation.Entry entry = modal.get();
        ObjectNode missing = Http.JSON.createObjectNode();
        ObjectNode values = BlockKitReader.stateValues(entry.body(), body.path("values"), missing);
        if (!missing.isEmpty()) {
            // Slack's own client refuses an empty required field before the app hears of it
            Http.json(response, 200, Http.ok().put("viewId", entry.id()).set("errors", missing));
            return;
        }
        String form = payloads.viewSubmission(entry.body(), values, conversation.newTriggerId());
        Optional<SignedForwarder.Answer> answer = forwarder.forward(form, "application/x-www-form-urlencoded",
                "the form " + entry.callbackId());
        if (answer.isEmpty()) {
            Http.json(response, 200, Http.error("the app did not accept the form"));
            return;
        }
        JsonNode acked = answer.get().json().orElse(Http.JSON.createObjectNode());
        String action = acked.path("response_action").asText("");
        ObjectNode result = Http.ok().put("viewId", entry.id());
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

    void close(JsonNode body, HttpServletResponse response) throws IOException {
        Optional<SandboxConversation.Entry> modal = openModal(textOrNull(body.get("viewId")), textOrNull(body.get("callbackId")));
        if (modal.isEmpty()) {
            Http.json(response, 200, Http.ok().put("closed", true));
            return;
        }
        conversation.modalClosed(modal.get().id());
        if (modal.get().body().path("notify_on_close").asBoolean(false)) {
            forwarder.forward(payloads.viewClosed(modal.get().body()), "application/x-www-form-urlencoded", "closing the form");
        }
        Http.json(response, 200, Http.ok().put("closed", true));
    }

    void home(HttpServletResponse response) throws IOException {
        JsonNode published = conversation.find("home-" + Sandbox.USER_ID).map(SandboxConversation.Entry::body).orElse(null);
        if (forwarder.forward(payloads.homeOpened(published), "application/json", "opening the Home tab").isEmpty()) {
            Http.json(response, 200, Http.error("the app did not accept the event"));
            return;
        }
        Http.json(response, 200, Http.ok());
    }

    void nudges(HttpServletResponse response) throws IOException {
        if (!nudging.compareAndSet(false, true)) {
            Http.json(response, 409, Http.error("a nudge pass is already running"));
            return;
        }
        try {
            String summary = nudges.get();
            if (summary != null && !summary.isBlank()) {
                conversation.note(summary);
            }
            Http.json(response, 200, Http.ok().put("summary", summary));
        } catch (RuntimeException e) {
            log.warn("The sandbox's nudge pass failed", e);
            String message = "Today's nudge pass failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            conversation.error(message);
            Http.json(response, 200, Http.error(message));
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

    private static String textOrNull(JsonNode node) {
        String text = SandboxConversation.textOrNull(node);
        return text == null || text.isEmpty() ? null : text;
    }
}
