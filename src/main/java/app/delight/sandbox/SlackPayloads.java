package app.delight.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The bodies Slack posts to a Request URL, built for the sandbox's user in the sandbox's workspace:
 * a slash command's form, and the {@code payload=} forms of {@code block_actions}, {@code
 * view_submission} and {@code view_closed}, and the JSON {@code event_callback} of {@code
 * app_home_opened}. The shapes follow Slack's own (as Bolt parses them), not a reduced version.
 */
final class SlackPayloads {
    private final Clock clock;

    SlackPayloads(Clock clock) {
        this.clock = clock;
    }

    /** A slash command, as Slack posts it: {@code text} with {@code &}, {@code <} and {@code >} escaped. */
    String slashCommand(String command, String text, String responseUrl, String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", Sandbox.VERIFICATION_TOKEN);
        form.put("team_id", Sandbox.TEAM_ID);
        form.put("team_domain", Sandbox.TEAM_DOMAIN);
        form.put("channel_id", Sandbox.CHANNEL_ID);
        form.put("channel_name", Sandbox.CHANNEL_NAME);
        form.put("user_id", Sandbox.USER_ID);
        form.put("user_name", Sandbox.USER_NAME);
        form.put("command", command);
        form.put("text", escape(text));
        form.put("api_app_id", Sandbox.APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        return Http.formEncode(form);
    }

    /** What a click is: which element, on which block, with which value and label. */
    record Click(String actionId, String blockId, String type, String value, JsonNode text, String style,
            JsonNode selectedOption) {
    }

    /**
     * A click on a message's element: the container names the message, and the {@code response_url}
     * is the message's own, so a {@code replace_original} redraws it.
     */
    String messageAction(SandboxConversation.Entry message, String responseUrl, String triggerId, Click click) {
        ObjectNode payload = interaction("block_actions", triggerId);
        payload.putObject("container").put("type", "message").put("message_ts", message.ts())
                .put("channel_id", message.channel()).put("is_ephemeral", message.ephemeral());
        payload.putObject("channel").put("id", message.channel()).put("name", channelName(message.channel()));
        if (!message.ephemeral()) {
            // Slack includes the message itself for messages everyone sees, not for ephemeral ones
            ObjectNode shown = payload.putObject("message").put("type", "message").put("user", Sandbox.BOT_USER_ID)
                    .put("bot_id", Sandbox.BOT_ID).put("ts", message.ts()).put("text", message.text() == null ? "" : message.text());
            if (message.body() != null) {
                shown.set("blocks", message.body());
            }
        }
        payload.putObject("state").putObject("values");
        payload.put("response_url", responseUrl);
        addAction(payload, click);
        return payloadForm(payload);
    }

    /** A click in a modal or on the Home tab: a view container, and no channel or response URL. */
    String viewAction(SandboxConversation.Entry viewEntry, JsonNode stateValues, String triggerId, Click click) {
        ObjectNode payload = interaction("block_actions", triggerId);
        String viewId = viewEntry.body().path("id").asText(viewEntry.id());
        payload.putObject("container").put("type", "view").put("view_id", viewId);
        payload.set("view", viewAsSent(viewEntry.body(), stateValues));
        addAction(payload, click);
        return payloadForm(payload);
    }

    /** A modal submitted, with its inputs' values by block id and action id. */
    String viewSubmission(JsonNode view, JsonNode stateValues, String triggerId) {
        ObjectNode payload = interaction("view_submission", triggerId);
        payload.set("view", viewAsSent(view, stateValues));
        payload.putArray("response_urls");
        return payloadForm(payload);
    }

    /** A modal closed with its Cancel button, sent only when the view asked with {@code notify_on_close}. */
    String viewClosed(JsonNode view) {
        ObjectNode payload = interaction("view_closed", null);
        payload.set("view", viewAsSent(view, Http.JSON.createObjectNode()));
        payload.put("is_cleared", false);
        return payloadForm(payload);
    }

    /** The user opened the app's Home tab: an {@code event_callback}, posted as JSON as Slack posts events. */
    String homeOpened(JsonNode publishedHome) {
        Instant now = clock.instant();
        ObjectNode body = Http.JSON.createObjectNode();
        body.put("token", Sandbox.VERIFICATION_TOKEN);
        body.put("team_id", Sandbox.TEAM_ID);
        body.put("api_app_id", Sandbox.APP_ID);
        ObjectNode event = body.putObject("event");
        event.put("type", "app_home_opened").put("user", Sandbox.USER_ID).put("channel", "D" + Sandbox.USER_ID.substring(1))
                .put("tab", "home").put("event_ts", now.getEpochSecond() + "." + String.format(Locale.ROOT, "%06d", now.getNano() / 1000));
        if (publishedHome != null) {
            event.set("view", publishedHome);
        }
        body.put("type", "event_callback");
        body.put("event_id", "Ev" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36).toUpperCase(Locale.ROOT));
        body.put("event_time", now.getEpochSecond());
        body.putArray("authorizations").addObject().putNull("enterprise_id").put("team_id", Sandbox.TEAM_ID)
                .put("user_id", Sandbox.BOT_USER_ID).put("is_bot", true).put("is_enterprise_install", false);
        body.put("is_ext_shared_channel", false);
        body.put("event_context", "4-sandbox-" + Long.toHexString(now.toEpochMilli()));
        return body.toString();
    }

    // ---- inside -------------------------------------------------------------------------------

    private ObjectNode interaction(String type, String triggerId) {
        ObjectNode payload = Http.JSON.createObjectNode();
        payload.put("type", type);
        payload.putObject("team").put("id", Sandbox.TEAM_ID).put("domain", Sandbox.TEAM_DOMAIN);
        payload.putObject("user").put("id", Sandbox.USER_ID).put("username", Sandbox.USER_NAME)
                .put("name", Sandbox.USER_NAME).put("team_id", Sandbox.TEAM_ID);
        payload.put("api_app_id", Sandbox.APP_ID);
        payload.put("token", Sandbox.VERIFICATION_TOKEN);
        if (triggerId != null) {
            payload.put("trigger_id", triggerId);
        }
        payload.putNull("enterprise");
        payload.put("is_enterprise_install", false);
        return payload;
    }

    private void addAction(ObjectNode payload, Click click) {
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", click.actionId()).put("block_id", click.blockId());
        if (click.text() != null) {
            action.set("text", click.text());
        }
        if (click.value() != null) {
            action.put("value", click.value());
        }
        if (click.selectedOption() != null) {
            action.set("selected_option", click.selectedOption());
        }
        if (click.style() != null) {
            action.put("style", click.style());
        }
        action.put("type", click.type());
        Instant now = clock.instant();
        action.put("action_ts", now.getEpochSecond() + "." + String.format(Locale.ROOT, "%06d", now.getNano() / 1000));
    }

    /** The view as Slack sends it back: what the app opened, with its id, team, state and hash. */
    private static ObjectNode viewAsSent(JsonNode view, JsonNode stateValues) {
        ObjectNode sent = view.deepCopy();
        sent.put("team_id", Sandbox.TEAM_ID).put("app_id", Sandbox.APP_ID).put("bot_id", Sandbox.BOT_ID);
        if (!sent.has("private_metadata")) {
            sent.put("private_metadata", "");
        }
        if (!sent.has("callback_id")) {
            sent.put("callback_id", "");
        }
        sent.putObject("state").set("values", stateValues == null ? Http.JSON.createObjectNode() : stateValues);
        sent.put("hash", Long.toHexString(System.nanoTime()));
        return sent;
    }

    private static String payloadForm(ObjectNode payload) {
        return Http.formEncode(Map.of("payload", payload.toString()));
    }

    private static String channelName(String channel) {
        if (channel == null) {
            return "";
        }
        if (channel.equals(Sandbox.CHANNEL_ID)) {
            return Sandbox.CHANNEL_NAME;
        }
        return channel.startsWith("D") ? "directmessage" : channel.toLowerCase(Locale.ROOT);
    }

    /** Slack escapes these three in what a user types, and nothing else. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
