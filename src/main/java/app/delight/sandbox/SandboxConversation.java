package app.delight.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What was said in the sandbox, in the order it appeared: the commands typed on the page, and the
 * bot's messages, modals and Home tab as they reached the stand-in for Slack. Thread-safe.
 *
 * <p>Each entry has an {@code id} that stays with the thing it shows (a message, a modal, the Home
 * tab) and a {@code seq} that grows with every change: a message replaced through its response URL
 * keeps its id and its place, and gets a new seq. So a page that polls {@link #since(long)} sees each
 * change once: an id it already shows is replaced in place, a new id is appended, and an entry of
 * kind {@link Kind#REMOVED} takes the id away. Only the last {@code capacity} ids are kept, so the
 * log's memory stays bounded however long the sandbox runs.
 *
 * <p>It also holds the little Slack keeps between calls: the ts and view ids it hands out, and the
 * trigger ids of recent interactions, which expire after {@link #TRIGGER_LIFETIME} as Slack's do.
 */
public final class SandboxConversation {
    public static final int DEFAULT_CAPACITY = 500;
    /** Slack accepts a trigger id for three seconds after the interaction that made it. */
    public static final Duration TRIGGER_LIFETIME = Duration.ofSeconds(3);
    private static final int MAX_TRIGGERS = 200;

    public enum Kind {
        /** What the user typed in the message box. */
        COMMAND,
        /** A message from the bot: a command's answer, a response URL post, chat.postMessage. */
        MESSAGE,
        /** A modal open on the user's screen ({@code views.open}, {@code views.push}); its id is the view id. */
        MODAL,
        /** The user's Home tab as last published. */
        HOME,
        /** A line from the sandbox itself, such as the outcome of a nudge pass. */
        NOTE,
        /** Something went wrong between the page and the app; said plainly. */
        ERROR,
        /** The message or modal with this id is gone (deleted, or the modal closed). */
        REMOVED
    }

    /**
     * One thing on the user's screen.
     *
     * @param seq       increases with every change to the conversation
     * @param id        stays with the message, modal or Home tab across replacements
     * @param kind      what it is
     * @param channel   where a message or command appeared (a DM channel starts with D); null otherwise
     * @param ts        a message's Slack timestamp (ephemeral ones get one too, as in a click's container)
     * @param ephemeral shown to the user only ("Only visible to you")
     * @param text      a message's fallback text, the typed command, or a note's text
     * @param body      a message's {@code blocks} array, or the view of a modal or the Home tab; else null
     * @param source    how it came: {@code command}, {@code response_url}, {@code chat.postMessage}, {@code views.open}…
     * @param at        when it appeared or last changed
     */
    public record Entry(long seq, String id, Kind kind, String channel, String ts, boolean ephemeral, String text,
            JsonNode body, String source, Instant at) {

        /** A modal's {@code callback_id}, or null. */
        public String callbackId() {
            return body == null ? null : textOrNull(body.get("callback_id"));
        }

        /** A modal's {@code private_metadata}, or null. */
        public String privateMetadata() {
            return body == null ? null : textOrNull(body.get("private_metadata"));
        }
    }

    private final int capacity;
    private final Clock clock;
    /** By id, in the order ids first appeared: replacing a value keeps its place. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    private final LinkedHashMap<String, Instant> triggers = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> viewIdsByExternalId = new LinkedHashMap<>();
    private long seq;
    private long ids;
    private long lastTsMicros;

    public SandboxConversation() {
        this(DEFAULT_CAPACITY, Clock.systemUTC());
    }

    public SandboxConversation(Clock clock) {
        this(DEFAULT_CAPACITY, clock);
    }

    public SandboxConversation(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.clock = clock;
    }

    // ---- what the user did --------------------------------------------------------------------

    /** A line typed in the message box, shown as the user's. */
    public synchronized Entry command(String text) {
        return add(new Entry(0, nextId("u"), Kind.COMMAND, Sandbox.CHANNEL_ID, nextTs(), false, text, null, "page", null));
    }

    public synchronized Entry note(String text) {
        return add(new Entry(0, nextId("n"), Kind.NOTE, Sandbox.CHANNEL_ID, null, true, text, null, "sandbox", null));
    }

    public synchronized Entry error(String text) {
        return add(new Entry(0, nextId("e"), Kind.ERROR, Sandbox.CHANNEL_ID, null, true, text, null, "sandbox", null));
    }

    /** A new id for a command's {@code response_url}; its answer will carry this id. */
    public synchronized String newResponseId() {
        return nextId("r");
    }

    // ---- the bot's messages -------------------------------------------------------------------

    /**
     * The body a slash command was acknowledged with: an ephemeral message (unless {@code
     * response_type} is {@code in_channel}) whose id is the command's response id, so a later
     * {@code replace_original} through that response URL replaces it. Nothing for an empty ack; and
     * nothing if a post to the response URL already took the id (it came after the ack, so it wins).
     */
    public synchronized Optional<Entry> commandAnswer(String responseId, JsonNode body) {
        if (!hasContent(body) || entries.containsKey(responseId)) {
            return Optional.empty();
        }
        boolean ephemeral = !"in_channel".equals(textOrNull(body.get("response_type")));
        return Optional.of(add(message(responseId, Sandbox.CHANNEL_ID, nextTs(), ephemeral, body, "command")));
    }

    /**
     * A post to a response URL, as Slack treats it: {@code delete_original} removes the message the
     * URL belongs to, {@code replace_original} replaces it (keeping its place, channel and visibility),
     * and anything else is a new message, ephemeral unless {@code response_type} is {@code in_channel}.
     * A response URL whose message is unknown (an empty ack, or gone past the cap) simply adds one.
     */
    public synchronized Optional<Entry> respond(String responseId, JsonNode body) {
        Entry original = entries.get(responseId);
        boolean liveOriginal = original != null && original.kind() == Kind.MESSAGE;
        if (body.path("delete_original").asBoolean(false)) {
            return liveOriginal ? Optional.of(add(removed(original))) : Optional.empty();
        }
        if (body.path("replace_original").asBoolean(false) && liveOriginal) {
            Entry replacement = message(responseId, original.channel(), original.ts(), original.ephemeral(), body, "response_url");
            return Optional.of(add(replacement));
        }
        if (!hasContent(body)) {
            return Optional.empty();
        }
        String channel = original != null && original.channel() != null ? original.channel() : Sandbox.CHANNEL_ID;
        boolean ephemeral = !"in_channel".equals(textOrNull(body.get("response_type")));
        String id = original == null ? responseId : nextId("m");
        return Optional.of(add(message(id, channel, nextTs(), ephemeral, body, "response_url")));
    }

    /** {@code chat.postMessage} (or {@code chat.postEphemeral}): a new message with a new ts. */
    public synchronized Entry posted(String channel, JsonNode body, boolean ephemeral, String source) {
        return add(message(nextId("m"), channel, nextTs(), ephemeral, body, source));
    }

    /** {@code chat.update}: the message with this ts, replaced in place; empty when no message has it. */
    public synchronized Optional<Entry> updated(String ts, JsonNode body) {
        return byTs(ts).map(original -> add(message(original.id(), original.channel(), original.ts(), original.ephemeral(),
                body, "chat.update")));
    }

    /** {@code chat.delete}: the message with this ts, gone; empty when no message has it. */
    public synchronized Optional<Entry> deleted(String ts) {
        return byTs(ts).map(original -> add(removed(original)));
    }

    // ---- modals and the Home tab --------------------------------------------------------------

    /** {@code views.open} or {@code views.push}: a modal with a new view id, which is also its entry id. */
    public synchronized Entry modalOpened(JsonNode view, String source) {
        String viewId = String.format(Locale.ROOT, "V%09d", ++ids);
        ObjectNode shown = view.deepCopy();
        shown.put("id", viewId);
        String externalId = textOrNull(view.get("external_id"));
        if (externalId != null) {
            viewIdsByExternalId.put(externalId, viewId);
            while (viewIdsByExternalId.size() > MAX_TRIGGERS) {
                Iterator<String> eldest = viewIdsByExternalId.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        return add(new Entry(0, viewId, Kind.MODAL, null, null, true, textOrNull(view.path("title").get("text")), shown,
                source, null));
    }

    /** {@code views.update} (or a submission's {@code response_action: update}) of an open modal, by view id or external id. */
    public synchronized Optional<Entry> modalUpdated(String viewIdOrExternalId, JsonNode view, String source) {
        String viewId = viewIdsByExternalId.getOrDefault(viewIdOrExternalId, viewIdOrExternalId);
        Entry open = viewId == null ? null : entries.get(viewId);
        if (open == null || open.kind() != Kind.MODAL) {
            return Optional.empty();
        }
        ObjectNode shown = view.deepCopy();
        shown.put("id", viewId);
        return Optional.of(add(new Entry(0, viewId, Kind.MODAL, null, null, true,
                textOrNull(view.path("title").get("text")), shown, source, null)));
    }

    /** The modal with this view id closed (submitted, cancelled or cleared). */
    public synchronized Optional<Entry> modalClosed(String viewId) {
        Entry open = viewId == null ? null : entries.get(viewId);
        if (open == null || open.kind() != Kind.MODAL) {
            return Optional.empty();
        }
        return Optional.of(add(removed(open)));
    }

    /** The modals open now, the topmost last. */
    public synchronized List<Entry> openModals() {
        return entries.values().stream().filter(entry -> entry.kind() == Kind.MODAL).toList();
    }

    /** {@code views.publish}: the user's Home tab, replacing the one before. */
    public synchronized Entry homePublished(String userId, JsonNode view) {
        String id = "home-" + userId;
        ObjectNode shown = view.deepCopy();
        shown.put("id", homeViewId(userId));
        return add(new Entry(0, id, Kind.HOME, null, null, true, null, shown, "views.publish", null));
    }

    /** The view id a user's Home tab keeps across publishes, as in Slack. */
    public static String homeViewId(String userId) {
        return "VHOME" + userId;
    }

    // ---- trigger ids --------------------------------------------------------------------------

    /** A trigger id for an interaction the page sends, good for {@link #TRIGGER_LIFETIME}. */
    public synchronized String newTriggerId() {
        Instant now = clock.instant();
        String id = now.getEpochSecond() + "." + (++ids) + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
        triggers.put(id, now);
        while (triggers.size() > MAX_TRIGGERS) {
            Iterator<String> eldest = triggers.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return id;
    }

    public enum TriggerCheck { VALID, INVALID, EXPIRED }

    /** Whether a {@code trigger_id} given to {@code views.open} is one the sandbox issued, and still fresh. */
    public synchronized TriggerCheck checkTrigger(String triggerId) {
        Instant issued = triggerId == null ? null : triggers.get(triggerId);
        if (issued == null) {
            return TriggerCheck.INVALID;
        }
        return clock.instant().isAfter(issued.plus(TRIGGER_LIFETIME)) ? TriggerCheck.EXPIRED : TriggerCheck.VALID;
    }

    // ---- reading ------------------------------------------------------------------------------

    /** The entries changed after {@code seq}, in the order they appear on screen; {@code since(0)}: everything kept. */
    public synchronized List<Entry> since(long afterSeq) {
        List<Entry> changed = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.seq() > afterSeq) {
                changed.add(entry);
            }
        }
        return changed;
    }

    /**
     * The entries changed after {@code afterSeq}, waiting up to {@code timeout} for the first change
     * if there is none yet: for long polling, and for tests waiting on a reply sent after an ack.
     */
    public synchronized List<Entry> await(long afterSeq, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seq <= afterSeq) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return since(afterSeq);
    }

    /** The seq of the latest change; 0 before any. */
    public synchronized long lastSeq() {
        return seq;
    }

    /** The current version of the entry with this id. */
    public synchronized Optional<Entry> find(String id) {
        return Optional.ofNullable(id == null ? null : entries.get(id));
    }

    /** Every entry kept, in screen order. */
    public synchronized List<Entry> all() {
        return List.copyOf(entries.values());
    }

    public int capacity() {
        return capacity;
    }

    // ---- inside -------------------------------------------------------------------------------

    private Entry add(Entry entry) {
        Entry stamped = new Entry(++seq, entry.id(), entry.kind(), entry.channel(), entry.ts(), entry.ephemeral(), entry.text(),
                entry.body(), entry.source(), clock.instant());
        entries.put(stamped.id(), stamped);
        while (entries.size() > capacity) {
            Iterator<String> eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        notifyAll();
        return stamped;
    }

    private static Entry message(String id, String channel, String ts, boolean ephemeral, JsonNode body, String source) {
        JsonNode blocks = body.get("blocks");
        return new Entry(0, id, Kind.MESSAGE, channel, ts, ephemeral, textOrNull(body.get("text")),
                blocks != null && blocks.isArray() ? blocks.deepCopy() : null, source, null);
    }

    private static Entry removed(Entry original) {
        return new Entry(0, original.id(), Kind.REMOVED, original.channel(), original.ts(), original.ephemeral(), null, null,
                original.kind().name().toLowerCase(Locale.ROOT), null);
    }

    private Optional<Entry> byTs(String ts) {
        if (ts == null) {
            return Optional.empty();
        }
        return entries.values().stream()
                .filter(entry -> entry.kind() == Kind.MESSAGE && ts.equals(entry.ts()))
                .findFirst();
    }

    private String nextId(String prefix) {
        return prefix + (++ids);
    }

    /** Slack's "seconds.micros", unique and increasing, near the clock's time. */
    private String nextTs() {
        Instant now = clock.instant();
        long micros = Math.max(lastTsMicros + 1, now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000);
        lastTsMicros = micros;
        return String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000L, micros % 1_000_000L);
    }

    private static boolean hasContent(JsonNode body) {
        if (body == null || !body.isObject()) {
            return false;
        }
        String text = textOrNull(body.get("text"));
        JsonNode blocks = body.get("blocks");
        return (text != null && !text.isEmpty()) || (blocks != null && blocks.isArray() && !blocks.isEmpty());
    }

    static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.isContainerNode() ? null : node.asText();
    }
}
