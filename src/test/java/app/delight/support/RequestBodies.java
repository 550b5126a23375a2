package app.delight.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns the bodies the Slack client sends into flat string params. */
final class RequestBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestBodies() {
    }

    /**
     * The Web API client sends {@code application/x-www-form-urlencoded}; webhook-style senders
     * ({@code ctx.respond()}) send {@code application/json}. Query parameters are merged in too,
     * since Slack accepts them and a hand-written test may use them.
     */
    static Map<String, String> params(String contentType, String query, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            params.putAll(form(query));
        }
        String type = contentType == null ? "" : contentType.toLowerCase();
        if (type.startsWith("application/json") || (type.isEmpty() && looksLikeJson(body))) {
            params.putAll(jsonFields(body));
        } else if (type.startsWith("application/x-www-form-urlencoded") || type.isEmpty()) {
            params.putAll(form(body));
        }
        // multipart (the legacy files.upload) is left unparsed: its text is still in rawBody
        return Collections.unmodifiableMap(params);
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** Top-level fields; nested objects and arrays stay JSON text so they read like form fields. */
    static Map<String, String> jsonFields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return fields; // a malformed body is still recorded raw; the test can look at it
        }
        if (root != null && root.isObject()) {
            for (Map.Entry<String, JsonNode> field : root.properties()) {
                JsonNode value = field.getValue();
                fields.put(field.getKey(), value.isContainerNode() ? value.toString() : value.asText());
            }
        }
        return fields;
    }

    private static boolean looksLikeJson(String body) {
        String trimmed = body.stripLeading();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }
}
