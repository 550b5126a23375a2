package app.delight.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The small HTTP chores both sandbox servlets share: capped bodies, forms, JSON answers. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();

    private Http() {
    }

    /** Thrown when a body is longer than its cap; answered 413. */
    static final class TooLarge extends IOException {
        TooLarge(int limit) {
            super("body larger than " + limit + " bytes");
        }
    }

    /** The request body, refused with {@link TooLarge} once it proves longer than {@code limit}. */
    static byte[] body(HttpServletRequest request, int limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw new TooLarge(limit);
        }
        InputStream in = request.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int read; (read = in.read(buffer)) != -1; ) {
            total += read;
            if (total > limit) {
                throw new TooLarge(limit);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: skip the pair, as a lenient server would
            }
        }
        return fields;
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static void json(HttpServletResponse response, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static void text(HttpServletResponse response, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** {@code {"ok": true}}, to add the answer's fields to. */
    static ObjectNode ok() {
        return JSON.createObjectNode().put("ok", true);
    }

    /** {@code {"ok": false, "error": …}}: how Slack's Web API, and so the page's API too, says no. */
    static ObjectNode error(String error) {
        return JSON.createObjectNode().put("ok", false).put("error", error);
    }

    /** The path below the context, whatever the servlet's mapping ({@code /}, {@code /sandbox/*}, …). */
    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return path.isEmpty() ? "/" : path;
    }
}
