package app.delight.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A message as Slack would draw it, read from the JSON the app sent: for asserting on what users see. */
public final class SlackMessage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;

    private SlackMessage(JsonNode root) {
        this.root = root;
    }

    public static SlackMessage parse(String json) {
        try {
            return new SlackMessage(JSON.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode json() {
        return root;
    }

    /** Every text of the message in order, as sent (mrkdwn escapes included). */
    public String mrkdwn() {
        List<String> texts = new ArrayList<>();
        collectTexts(root.path("blocks"), texts);
        return String.join("\n", texts);
    }

    /** Every text of the message in order, as a person reads it once Slack has undone its escapes. */
    public String visibleText() {
        return mrkdwn().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The message's buttons by their label, each as sent: its {@code action_id} and {@code value} to click it. */
    public Map<String, JsonNode> buttons() {
        Map<String, JsonNode> buttons = new LinkedHashMap<>();
        for (JsonNode block : root.path("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("type").asText().equals("button")) {
                    buttons.put(element.path("text").path("text").asText(), element);
                }
            }
        }
        return buttons;
    }

    private static void collectTexts(JsonNode node, List<String> texts) {
        if (node.isObject()) {
            JsonNode text = node.get("text");
            if (text != null && text.isTextual()) {
                texts.add(text.asText());
            }
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("text") || !field.getValue().isTextual()) {
                    collectTexts(field.getValue(), texts);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectTexts(child, texts));
        }
    }
}
