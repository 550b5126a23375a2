package app.delight.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code GET /sandbox/events?since=N}: what changed in the conversation after N, as the page polls
 * for it ({@code &wait=ms}, up to 25 s, waits for the first change: long polling).
 */
final class EventFeed {
    private static final long MAX_WAIT_MILLIS = 25_000;

    private final SandboxConversation conversation;

    EventFeed(SandboxConversation conversation) {
        this.conversation = conversation;
    }

    void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
}
