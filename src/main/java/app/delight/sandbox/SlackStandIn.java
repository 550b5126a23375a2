package app.delight.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Web API and response URLs, as far as Delight uses them, answered as Slack answers them:
 * what a person would see (messages, modals, the Home tab) is recorded into a {@link
 * SandboxConversation}. Served over HTTP by {@link SlackStandInServlet} in the sandbox; the tests'
 * fake of Slack answers with it too, and adds recording and scripted failures.
 *
 * <p>Like Slack it wants a token on Web API calls ({@code not_authed} without one), refuses a {@code
 * chat.update} of a message it does not know, and, when asked to, a {@code views.open} whose trigger
 * id it did not issue in the last three seconds.
 */
public final class SlackStandIn {
    private static final Logger log = LoggerFactory.getLogger(SlackStandIn.class);

    /** Who the stand-in says the workspace and the bot are. */
    public record Workspace(String teamId, String teamName, String domain, String botUserId, String botId, String appId) {
    }

    private final SandboxConversation conversation;
    private final Workspace workspace;
    private final boolean issuedTriggersOnly;

    /**
     * @param issuedTriggersOnly refuse a {@code views.open} whose trigger id the conversation did not issue
     *                           (the sandbox's page issues them; requests a test writes carry their own)
     */
    public SlackStandIn(SandboxConversation conversation, Workspace workspace, boolean issuedTriggersOnly) {
        this.conversation = conversation;
        this.workspace = workspace;
        this.issuedTriggersOnly = issuedTriggersOnly;
    }

    /** A post to the response URL {@code id}: false when it is not a JSON object, which Slack refuses. */
    public boolean respond(String id, String body) {
        Optional<JsonNode> json = parseJson(body).filter(JsonNode::isObject);
        json.ifPresent(message -> conversation.respond(id, message));
        return json.isPresent();
    }

    // ---- the Web API --------------------------------------------------------------------------

    /** The answer to a Web API call of {@code method}, with the token the call carried (null for none). */
    public ObjectNode answer(String method, Map<String, String> params, String tokenOrNull) {
        if (tokenOrNull == null || tokenOrNull.isBlank()) {
            return Http.error("not_authed");
        }
        switch (method) {
            case "auth.test":
                return Http.ok().put("url", "https://" + workspace.domain() + ".slack.com/").put("team", workspace.teamName())
                        .put("user", "delight").put("team_id", workspace.teamId()).put("user_id", workspace.botUserId())
                        .put("bot_id", workspace.botId()).put("is_enterprise_install", false);
            case "chat.postMessage":
                return postMessage(params, false);
            case "chat.postEphemeral":
                return postMessage(params, true);
            case "chat.update":
                return update(params);
            case "chat.delete":
                return conversation.deleted(params.get("ts"))
                        .<ObjectNode>map(gone -> Http.ok().put("channel", gone.channel()).put("ts", gone.ts()))
                        .orElseGet(() -> Http.error("message_not_found"));
            case "views.open":
            case "views.push":
                return open(method, params);
            case "views.update":
                return updateView(params);
            case "views.publish":
                return publish(params);
            case "conversations.open":
                return conversationsOpen(params);
            case "conversations.info":
                return conversationsInfo(params);
            case "users.info":
                return usersInfo(params.getOrDefault("user", ""));
            default:
                return Http.ok();
        }
    }

    private ObjectNode postMessage(Map<String, String> params, boolean ephemeral) {
        String channel = params.get("channel");
        if (channel == null || channel.isBlank()) {
            return Http.error("channel_not_found");
        }
        Optional<ObjectNode> message = message(params);
        if (message.isEmpty()) {
            return Http.error("no_text");
        }
        if (message.get().has("invalid_blocks")) {
            return Http.error("invalid_blocks");
        }
        String where = directMessageChannel(channel.strip());
        SandboxConversation.Entry posted = conversation.posted(where, message.get(), ephemeral,
                ephemeral ? "chat.postEphemeral" : "chat.postMessage");
        if (ephemeral) {
            return Http.ok().put("message_ts", posted.ts());
        }
        ObjectNode answer = Http.ok().put("channel", where).put("ts", posted.ts());
        ObjectNode shown = answer.putObject("message").put("type", "message").put("user", workspace.botUserId())
                .put("bot_id", workspace.botId()).put("ts", posted.ts());
        shown.put("text", posted.text() == null ? "" : posted.text());
        if (posted.body() != null) {
            shown.set("blocks", posted.body());
        }
        return answer;
    }

    private ObjectNode update(Map<String, String> params) {
        Optional<ObjectNode> message = message(params);
        if (message.isEmpty()) {
            return Http.error("no_text");
        }
        if (message.get().has("invalid_blocks")) {
            return Http.error("invalid_blocks");
        }
        return conversation.updated(params.get("ts"), message.get())
                .map(updated -> {
                    ObjectNode answer = Http.ok().put("channel", updated.channel()).put("ts", updated.ts())
                            .put("text", updated.text() == null ? "" : updated.text());
                    answer.putObject("message").put("text", updated.text() == null ? "" : updated.text());
                    return answer;
                })
                .orElseGet(() -> Http.error("message_not_found"));
    }

    private ObjectNode open(String method, Map<String, String> params) {
        if (issuedTriggersOnly) {
            switch (conversation.checkTrigger(params.get("trigger_id"))) {
                case INVALID:
                    return Http.error("invalid_trigger_id");
                case EXPIRED:
                    return Http.error("expired_trigger_id");
                default:
                    break;
            }
        }
        Optional<JsonNode> view = view(params);
        if (view.isEmpty()) {
            return Http.error("invalid_arguments");
        }
        SandboxConversation.Entry opened = conversation.modalOpened(view.get(), method);
        return viewAnswer(opened.body());
    }

    private ObjectNode updateView(Map<String, String> params) {
        Optional<JsonNode> view = view(params);
        if (view.isEmpty()) {
            return Http.error("invalid_arguments");
        }
        String id = params.get("view_id") != null ? params.get("view_id") : params.get("external_id");
        return conversation.modalUpdated(id, view.get(), "views.update")
                .map(updated -> viewAnswer(updated.body()))
                .orElseGet(() -> Http.error("not_found"));
    }

    private ObjectNode publish(Map<String, String> params) {
        String user = params.get("user_id");
        if (user == null || user.isBlank()) {
            return Http.error("invalid_arguments");
        }
        Optional<JsonNode> view = view(params);
        if (view.isEmpty() || !"home".equals(view.get().path("type").asText())) {
            return Http.error("invalid_arguments");
        }
        return viewAnswer(conversation.homePublished(user.strip(), view.get()).body());
    }

    private ObjectNode viewAnswer(JsonNode shown) {
        ObjectNode view = shown.deepCopy();
        view.put("team_id", workspace.teamId()).put("app_id", workspace.appId()).put("bot_id", workspace.botId())
                .put("hash", Long.toHexString(System.nanoTime()));
        if (!view.has("state")) {
            view.putObject("state").putObject("values");
        }
        ObjectNode answer = Http.ok();
        answer.set("view", view);
        return answer;
    }

    private ObjectNode conversationsOpen(Map<String, String> params) {
        String users = params.get("users");
        String channel = params.get("channel");
        String id = users != null && !users.isBlank() ? directMessageChannel(users.split(",")[0].strip())
                : channel != null && !channel.isBlank() ? channel : null;
        if (id == null) {
            return Http.error("users_list_not_supplied");
        }
        ObjectNode answer = Http.ok();
        answer.putObject("channel").put("id", id);
        return answer;
    }

    private ObjectNode conversationsInfo(Map<String, String> params) {
        String id = params.getOrDefault("channel", Sandbox.CHANNEL_ID);
        ObjectNode answer = Http.ok();
        ObjectNode channel = answer.putObject("channel").put("id", id).put("is_member", true);
        if (id.startsWith("D")) {
            channel.put("is_im", true);
        } else {
            channel.put("name", id.equals(Sandbox.CHANNEL_ID) ? Sandbox.CHANNEL_NAME : id.toLowerCase(Locale.ROOT))
                    .put("is_channel", true);
        }
        return answer;
    }

    private ObjectNode usersInfo(String userId) {
        if (userId.isBlank()) {
            return Http.error("user_not_found");
        }
        boolean you = userId.equals(Sandbox.USER_ID);
        boolean bot = userId.equals(workspace.botUserId());
        String realName = you ? Sandbox.USER_REAL_NAME : bot ? "Delight" : "User " + userId;
        ObjectNode answer = Http.ok();
        ObjectNode user = answer.putObject("user").put("id", userId).put("team_id", workspace.teamId())
                .put("name", you ? Sandbox.USER_NAME : userId.toLowerCase(Locale.ROOT)).put("real_name", realName)
                .put("tz", "UTC").put("tz_offset", 0).put("locale", "en-US").put("is_bot", bot);
        user.putObject("profile").put("real_name", realName).put("display_name", you ? Sandbox.USER_NAME : realName);
        return answer;
    }

    // ---- reading what the client sent --------------------------------------------------------

    /** A message's {@code text} and {@code blocks}; empty when it has neither, as Slack's {@code no_text}. */
    private static Optional<ObjectNode> message(Map<String, String> params) {
        ObjectNode message = Http.JSON.createObjectNode();
        String text = params.get("text");
        if (text != null) {
            message.put("text", text);
        }
        String blocks = params.get("blocks");
        if (blocks != null && !blocks.isBlank()) {
            Optional<JsonNode> parsed = parseJson(blocks);
            if (parsed.isEmpty() || !parsed.get().isArray()) {
                message.put("invalid_blocks", true);
                return Optional.of(message);
            }
            if (!parsed.get().isEmpty()) {
                message.set("blocks", parsed.get());
            }
        }
        boolean hasText = text != null && !text.isEmpty();
        return hasText || message.has("blocks") ? Optional.of(message) : Optional.empty();
    }

    private static Optional<JsonNode> view(Map<String, String> params) {
        String view = params.get("view");
        return view == null ? Optional.empty() : parseJson(view).filter(JsonNode::isObject);
    }

    /** A post to a user id lands in the DM with that user, whose channel id starts with D. */
    private static String directMessageChannel(String channel) {
        return channel.startsWith("U") || channel.startsWith("W") ? "D" + channel.substring(1) : channel;
    }

    /**
     * Form fields, or the top-level fields of a JSON body (nested values kept as JSON text, as a form
     * carries them), with query parameters under them.
     */
    public static Map<String, String> params(String contentType, String query, String body) {
        Map<String, String> params = new LinkedHashMap<>(Http.form(query));
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json") || (type.isEmpty() && body.stripLeading().startsWith("{"))) {
            parseJson(body).filter(JsonNode::isObject).ifPresent(root -> root.properties().forEach(field -> {
                JsonNode value = field.getValue();
                if (!value.isNull()) {
                    params.put(field.getKey(), value.isContainerNode() ? value.toString() : value.asText());
                }
            }));
        } else if (!type.startsWith("multipart/")) {
            params.putAll(Http.form(body));
        }
        return params;
    }

    /** From {@code Authorization: Bearer …}, else a {@code token} field, as Slack takes it. */
    public static Optional<String> token(String authorization, Map<String, String> params) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank()) {
            return Optional.of(authorization.substring(7).strip());
        }
        String token = params.get("token");
        return token == null || token.isBlank() ? Optional.empty() : Optional.of(token);
    }

    private static Optional<JsonNode> parseJson(String text) {
        try {
            return Optional.ofNullable(Http.JSON.readTree(text)).filter(node -> !node.isMissingNode());
        } catch (IOException e) {
            log.debug("Not JSON: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
