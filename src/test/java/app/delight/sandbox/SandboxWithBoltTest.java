package app.delight.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.sandbox.SandboxConversation.Entry;
import app.delight.sandbox.SandboxConversation.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's servlets around the real Bolt app ({@link BoltSandbox}): Slack's requests built by
 * the page's API, signed, checked by the real guard and handled by the real handlers; the app's Web
 * API calls answered and recorded by the stand-in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxWithBoltTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** A Monday afternoon: every client is past its nudge time. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T16:00:00Z"), ZoneOffset.UTC);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private BoltSandbox sandbox;
    private SandboxConversation conversation;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        sandbox = BoltSandbox.start(getClass(), clock, dir);
        conversation = sandbox.conversation;
    }

    @AfterAll
    void stop() throws Exception {
        sandbox.close();
    }

    @Test
    void aCardComesBackAndAClickRedrawsItInPlace() throws Exception {
        Entry card = command("/delight acme");
        assertThat(card.ephemeral()).isTrue();
        assertThat(card.body().get(0).path("type").asText()).isEqualTo("header");
        assertThat(card.body().get(0).path("text").path("text").asText()).isEqualTo("Acme Corp");
        JsonNode done = button(card, "prompt_done").orElseThrow();

        long messagesBefore = messages();
        long before = conversation.lastSeq();
        post("/sandbox/action", JSON.createObjectNode().put("messageId", card.id()).put("actionId", "prompt_done")
                .put("blockId", done.path("block_id").asText()).put("value", done.path("value").asText()));

        Entry redrawn = await(before, entry -> entry.id().equals(card.id()) && entry.kind() == Kind.MESSAGE);
        assertThat(redrawn.source()).isEqualTo("response_url");
        assertThat(messages()).as("replaced, not added").isEqualTo(messagesBefore);
    }

    @Test
    void logTouchpointOpensAModalWhoseErrorsAndSubmissionWork() throws Exception {
        Entry card = command("/delight globex");
        JsonNode log = button(card, "open_log_touchpoint").orElseThrow();

        long before = conversation.lastSeq();
        JsonNode clicked = post("/sandbox/action", JSON.createObjectNode().put("messageId", card.id())
                .put("actionId", "open_log_touchpoint").put("blockId", log.path("block_id").asText())
                .put("value", log.path("value").asText()));
        assertThat(clicked.path("ok").asBoolean()).as(clicked.toString()).isTrue();
        Entry modal = await(before, entry -> entry.kind() == Kind.MODAL);
        assertThat(modal.callbackId()).isEqualTo("log_touchpoint_view");
        assertThat(modal.privateMetadata()).contains("/sandbox/slack/respond/" + card.id());

        JsonNode blank = submit(modal, Map.of("text", "   "));
        assertThat(blank.path("errors").path("text").asText()).isEqualTo("Please write something here.");
        JsonNode empty = submit(modal, Map.of());
        assertThat(empty.path("errors").path("text").asText()).isEqualTo("Please fill out this field.");

        long beforeSave = conversation.lastSeq();
        JsonNode saved = submit(modal, Map.of("text", "Called about the <Q3> report & more"));
        assertThat(saved.path("closed").asBoolean()).as(saved.toString()).isTrue();
        assertThat(conversation.openModals()).isEmpty();
        Entry redrawn = await(beforeSave, entry -> entry.id().equals(card.id()) && entry.kind() == Kind.MESSAGE);
        assertThat(redrawn.body().toString()).contains("last contact today");
    }

    @Test
    void recordNpsOpensAModalWhoseScoreIsPickedFromTheList() throws Exception {
        Entry card = command("/delight globex");
        JsonNode nps = button(card, "open_record_nps").orElseThrow();
        long before = conversation.lastSeq();
        post("/sandbox/action", JSON.createObjectNode().put("messageId", card.id()).put("actionId", "open_record_nps")
                .put("blockId", nps.path("block_id").asText()).put("value", nps.path("value").asText()));
        Entry modal = await(before, entry -> entry.kind() == Kind.MODAL);
        assertThat(modal.callbackId()).isEqualTo("record_nps_view");

        assertThat(submit(modal, Map.of("text", "Slow replies")).path("errors").path("score").asText())
                .isEqualTo("Please fill out this field.");
        long beforeSave = conversation.lastSeq();
        JsonNode saved = submit(modal, Map.of("score", "9", "text", "Slow replies, great work"));
        assertThat(saved.path("closed").asBoolean()).as(saved.toString()).isTrue();
        Entry told = await(beforeSave, entry -> entry.kind() == Kind.MESSAGE && entry.ephemeral() && !entry.id().equals(card.id()));
        assertThat(told.body().toString()).contains("Recorded an NPS answer of 9 for *Globex*");
        await(beforeSave, entry -> entry.id().equals(card.id()) && entry.kind() == Kind.MESSAGE);
    }

    @Test
    void clientHealthAnswersTheManager() throws Exception {
        Entry health = command("/client-health");

        assertThat(health.body().toString()).contains("Client health").contains("Acme Corp").contains("Globex");
    }

    @Test
    void theHomeTabIsPublishedAndAddClientChecksItsFields() throws Exception {
        long before = conversation.lastSeq();
        post("/sandbox/home", JSON.createObjectNode());
        Entry home = await(before, entry -> entry.kind() == Kind.HOME);
        assertThat(home.body().toString()).contains("Your clients").contains("Acme Corp");

        long beforeClick = conversation.lastSeq();
        post("/sandbox/action", JSON.createObjectNode().put("messageId", home.id()).put("actionId", "home_add_client"));
        Entry modal = await(beforeClick, entry -> entry.kind() == Kind.MODAL);
        assertThat(modal.callbackId()).isEqualTo("add_client_view");

        ObjectNode values = JSON.createObjectNode();
        values.putObject("name").putObject("value").put("type", "plain_text_input").put("value", "acme corp");
        values.putObject("monthly_revenue").putObject("value").put("type", "plain_text_input").put("value", "12k");
        JsonNode refused = post("/sandbox/submit", JSON.createObjectNode().put("viewId", modal.id()).set("values", values));
        assertThat(refused.path("errors").path("monthly_revenue").asText()).contains("1200");

        values.putObject("monthly_revenue").putObject("value").put("type", "plain_text_input").put("value", "1200");
        JsonNode taken = post("/sandbox/submit", JSON.createObjectNode().put("viewId", modal.id()).set("values", values));
        assertThat(taken.path("errors").path("name").asText()).contains("Acme Corp");

        values.putObject("name").putObject("value").put("type", "plain_text_input").put("value", "Initech");
        values.putObject("stage").putObject("value").put("type", "static_select").putObject("selected_option").put("value", "prospect");
        values.putObject("channel").putObject("value").put("type", "conversations_select").put("selected_conversation", "C0INITECH");
        values.putObject("start_date").putObject("value").put("type", "datepicker").put("selected_date", "2026-03-01");
        long beforeAdd = conversation.lastSeq();
        JsonNode added = post("/sandbox/submit", JSON.createObjectNode().put("viewId", modal.id()).set("values", values));
        assertThat(added.path("closed").asBoolean()).as(added.toString()).isTrue();
        Entry republished = await(beforeAdd,
                entry -> entry.kind() == Kind.HOME && entry.body().toString().contains("Initech"));
        assertThat(republished.id()).isEqualTo(home.id());
    }

    @Test
    void runningTheNudgesPostsDigestsThroughTheStandIn() throws Exception {
        long before = conversation.lastSeq();
        JsonNode ran = post("/sandbox/nudges", JSON.createObjectNode());

        assertThat(ran.path("ok").asBoolean()).as(ran.toString()).isTrue();
        List<Entry> since = conversation.since(before);
        assertThat(since).anySatisfy(entry -> assertThat(entry.kind()).isEqualTo(Kind.NOTE));
        assertThat(since).anySatisfy(entry -> {
            assertThat(entry.source()).isEqualTo("chat.postMessage");
            assertThat(entry.ephemeral()).isFalse();
        });

        long beforeAgain = conversation.lastSeq();
        JsonNode again = post("/sandbox/nudges", JSON.createObjectNode());
        assertThat(again.path("summary").asText()).contains("already sent");
        assertThat(conversation.since(beforeAgain)).extracting(Entry::kind).containsExactly(Kind.NOTE);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private long messages() {
        return conversation.all().stream().filter(entry -> entry.kind() == Kind.MESSAGE).count();
    }

    private Entry command(String text) throws Exception {
        JsonNode answer = post("/sandbox/command", JSON.createObjectNode().put("text", text));
        assertThat(answer.path("ok").asBoolean()).as(answer.toString()).isTrue();
        return conversation.find(answer.path("responseId").asText()).orElseThrow();
    }

    private JsonNode submit(Entry modal, Map<String, String> texts) throws Exception {
        ObjectNode values = JSON.createObjectNode();
        texts.forEach((block, text) -> values.putObject(block).putObject("value").put("type", "plain_text_input").put("value", text));
        return post("/sandbox/submit", JSON.createObjectNode().put("viewId", modal.id()).set("values", values));
    }

    /** The first element with this action id in a message's blocks, with its block's id added. */
    private static Optional<JsonNode> button(Entry message, String actionId) {
        for (JsonNode block : message.body()) {
            List<JsonNode> elements = new java.util.ArrayList<>();
            block.path("elements").forEach(elements::add);
            if (block.has("accessory")) {
                elements.add(block.get("accessory"));
            }
            for (JsonNode element : elements) {
                if (actionId.equals(element.path("action_id").asText())) {
                    ObjectNode found = element.deepCopy();
                    found.put("block_id", block.path("block_id").asText(""));
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    private Entry await(long afterSeq, Predicate<Entry> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Entry> found = conversation.since(afterSeq).stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            conversation.await(conversation.lastSeq(), Duration.ofMillis(200));
        }
        throw new AssertionError("nothing wanted arrived after seq " + afterSeq + "; have: " + conversation.since(afterSeq));
    }

    private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(sandbox.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body());
    }
}
