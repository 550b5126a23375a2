package app.delight.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;

/**
 * One request the fake received, with what it answered.
 *
 * @param method     the Web API method ({@code chat.postMessage}), or {@code "response_url"}
 * @param params     form fields, or the top-level fields of a JSON body; nested JSON values (such
 *                   as {@code blocks}) are kept as JSON text, exactly as the form carries them
 * @param rawBody    the request body as received
 * @param token      from {@code Authorization: Bearer …} or a {@code token} field; null if none
 * @param at         when the fake received it
 * @param status     the HTTP status the fake answered (429 for a rate limit, 5xx for a fault)
 * @param answeredOk true when the caller was told it worked: HTTP 2xx and, for Web API methods,
 *                   {@code "ok":true} — a rate-limited or failed call is recorded but not delivered
 * @param path       the request path, e.g. {@code /api/chat.postMessage} or {@code /respond/r1}
 */
public record SlackCall(
        String method,
        Map<String, String> params,
        String rawBody,
        String token,
        Instant at,
        int status,
        boolean answeredOk,
        String path) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESPOND_PREFIX = "/respond/";

    public String param(String name) {
        return params.get(name);
    }

    /** A param that carries JSON text (blocks, view, attachments), parsed for assertions. */
    public JsonNode paramJson(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new AssertionError("no param '" + name + "' in " + method + "; params: " + params.keySet());
        }
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError("param '" + name + "' of " + method + " is not JSON: " + value, e);
        }
    }

    /** The id given to {@link FakeSlackApi#responseUrl(String)}, or null for Web API calls. */
    public String responseId() {
        return path.startsWith(RESPOND_PREFIX) ? path.substring(RESPOND_PREFIX.length()) : null;
    }
}
