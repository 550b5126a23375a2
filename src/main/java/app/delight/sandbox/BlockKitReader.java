package app.delight.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finding what was clicked in the blocks the app sent, and turning a form's inputs into Slack's state values. */
final class BlockKitReader {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

    private BlockKitReader() {
    }

    /**
     * The element clicked, read from the blocks the app sent (not from the page), so the payload
     * carries exactly the value and label the app gave it, as Slack's does.
     */
    static Optional<SlackPayloads.Click> click(JsonNode blocks, String actionId, String blockId, String value,
            String selectedValue) {
        if (blocks == null || !blocks.isArray() || actionId.isEmpty()) {
            return Optional.empty();
        }
        SlackPayloads.Click fallback = null;
        for (int index = 0; index < blocks.size(); index++) {
            JsonNode block = blocks.get(index);
            String id = block.hasNonNull("block_id") ? block.get("block_id").asText() : "b" + index;
            if (blockId != null && !blockId.equals(id)) {
                continue;
            }
            for (JsonNode element : interactive(block)) {
                if (!actionId.equals(element.path("action_id").asText(null))) {
                    continue;
                }
                SlackPayloads.Click click = clickOn(element, id, selectedValue);
                if (value == null || value.equals(click.value())) {
                    return Optional.of(click);
                }
                fallback = fallback == null ? click : fallback;
            }
        }
        return Optional.ofNullable(value == null ? fallback : null);
    }

    private static List<JsonNode> interactive(JsonNode block) {
        String type = block.path("type").asText();
        if (type.equals("actions")) {
            List<JsonNode> elements = new ArrayList<>();
            block.path("elements").forEach(elements::add);
            return elements;
        }
        if (type.equals("section") && block.path("accessory").isObject()) {
            return List.of(block.get("accessory"));
        }
        return List.of();
    }

    private static SlackPayloads.Click clickOn(JsonNode element, String blockId, String selectedValue) {
        String type = element.path("type").asText("button");
        JsonNode selected = null;
        if (selectedValue != null) {
            selected = option(element, selectedValue).orElse(null);
        }
        return new SlackPayloads.Click(element.path("action_id").asText(), blockId, type,
                element.hasNonNull("value") ? element.get("value").asText() : null,
                element.path("text").isObject() ? element.get("text") : null,
                element.hasNonNull("style") ? element.get("style").asText() : null, selected);
    }

    /**
     * The view's input blocks as Slack's {@code state.values}: each input's value from what the page
     * sent, checked against the element the app defined (an option must be one of its options, a
     * date YYYY-MM-DD). An empty field is null, as Slack sends it. Required fields left empty are
     * put in {@code missing} (block id → message) when it is given.
     */
    static ObjectNode stateValues(JsonNode view, JsonNode submitted, ObjectNode missing) {
        ObjectNode values = Http.JSON.createObjectNode();
        JsonNode blocks = view.path("blocks");
        for (int index = 0; index < blocks.size(); index++) {
            JsonNode block = blocks.get(index);
            if (!block.path("type").asText().equals("input") || !block.path("element").isObject()) {
                continue;
            }
            String blockId = block.hasNonNull("block_id") ? block.get("block_id").asText() : "b" + index;
            JsonNode element = block.get("element");
            String actionId = element.hasNonNull("action_id") ? element.get("action_id").asText() : "a" + index;
            JsonNode given = submitted == null ? null : submitted.path(blockId).path(actionId);
            given = given == null || given.isMissingNode() || given.isNull() ? null : given;
            // A field the page did not send is as the app drew it: its initial value, as in Slack's state.
            ObjectNode value = value(element, given == null ? initial(element) : given);
            values.putObject(blockId).set(actionId, value);
            boolean optional = block.path("optional").asBoolean(false);
            if (missing == null) {
                continue;
            }
            if (isEmpty(value) && given != null && typedId(element) && hasText(given)) {
                // a conversations_select on the page is a text box: say so rather than drop what was typed
                missing.put(blockId, "Type an ID like C0ACME01 (letters and digits), or leave it empty.");
            } else if (!optional && isEmpty(value)) {
                missing.put(blockId, "Please fill out this field.");
            }
        }
        return values;
    }

    private static ObjectNode value(JsonNode element, JsonNode given) {
        String type = element.path("type").asText();
        ObjectNode value = Http.JSON.createObjectNode().put("type", type);
        switch (type) {
            case "plain_text_input", "number_input", "email_text_input", "url_text_input" -> {
                String text = given == null ? null : textOf(given, "value");
                int max = element.path("max_length").asInt(Integer.MAX_VALUE);
                value.put("value", text == null || text.isEmpty() ? null : text.length() > max ? text.substring(0, max) : text);
            }
            case "static_select", "radio_buttons" -> {
                String chosen = given == null ? null : optionValue(given.get("selected_option"));
                if (chosen == null && given != null) {
                    chosen = textOf(given, "value");
                }
                Optional<JsonNode> option = chosen == null ? Optional.empty() : option(element, chosen);
                if (option.isPresent()) {
                    value.set("selected_option", option.get());
                } else {
                    value.putNull("selected_option");
                }
            }
            case "datepicker" -> value.put("selected_date", matching(given, "selected_date", DATE));
            case "timepicker" -> value.put("selected_time", matching(given, "selected_time", TIME));
            case "conversations_select" -> value.put("selected_conversation", id(given, "selected_conversation"));
            case "channels_select" -> value.put("selected_channel", id(given, "selected_channel"));
            case "users_select" -> value.put("selected_user", id(given, "selected_user"));
            default -> {
                String text = given == null ? null : textOf(given, "value");
                value.put("value", text == null || text.isEmpty() ? null : text);
            }
        }
        return value;
    }

    private static JsonNode initial(JsonNode element) {
        ObjectNode initial = Http.JSON.createObjectNode();
        copy(element, "initial_value", initial, "value");
        copy(element, "initial_option", initial, "selected_option");
        copy(element, "initial_date", initial, "selected_date");
        copy(element, "initial_time", initial, "selected_time");
        copy(element, "initial_conversation", initial, "selected_conversation");
        copy(element, "initial_channel", initial, "selected_channel");
        copy(element, "initial_user", initial, "selected_user");
        return initial.isEmpty() ? null : initial;
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        if (from.hasNonNull(field)) {
            to.set(as, from.get(field));
        }
    }

    private static boolean typedId(JsonNode element) {
        String type = element.path("type").asText();
        return type.equals("conversations_select") || type.equals("channels_select") || type.equals("users_select");
    }

    private static boolean hasText(JsonNode given) {
        if (given.isTextual()) {
            return !given.asText().isBlank();
        }
        for (Map.Entry<String, JsonNode> field : given.properties()) {
            if (!field.getKey().equals("type") && field.getValue().isTextual() && !field.getValue().asText().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmpty(ObjectNode value) {
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            if (!field.getKey().equals("type") && !field.getValue().isNull()) {
                return false;
            }
        }
        return true;
    }

    /** A field's text: the field itself, or the given node when the page sent a bare string. */
    private static String textOf(JsonNode given, String field) {
        if (given.isTextual() || given.isNumber()) {
            return given.asText();
        }
        JsonNode node = given.get(field);
        if (node == null || node.isNull()) {
            node = given.get("value");
        }
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private static String optionValue(JsonNode option) {
        if (option == null || option.isNull()) {
            return null;
        }
        if (option.isTextual()) {
            return option.asText();
        }
        JsonNode value = option.get("value");
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String matching(JsonNode given, String field, Pattern pattern) {
        String text = given == null ? null : textOf(given, field);
        return text != null && pattern.matcher(text.strip()).matches() ? text.strip() : null;
    }

    /** A Slack id typed by hand: letters and digits, upper case, at most 40 characters. */
    private static String id(JsonNode given, String field) {
        String text = given == null ? null : textOf(given, field);
        if (text == null) {
            return null;
        }
        String cleaned = text.strip().replaceFirst("^[#@]", "").toUpperCase(Locale.ROOT);
        return cleaned.isEmpty() || cleaned.length() > 40 || !cleaned.matches("[A-Z0-9]+") ? null : cleaned;
    }

    /** The option with this value among the element's options or option groups. */
    static Optional<JsonNode> option(JsonNode element, String optionValue) {
        for (JsonNode option : element.path("options")) {
            if (optionValue.equals(option.path("value").asText(null))) {
                return Optional.of(option);
            }
        }
        for (JsonNode group : element.path("option_groups")) {
            for (JsonNode option : group.path("options")) {
                if (optionValue.equals(option.path("value").asText(null))) {
                    return Optional.of(option);
                }
            }
        }
        return Optional.empty();
    }
}
