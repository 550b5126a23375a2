package app.delight.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.sandbox.SandboxConversation.Entry;
import app.delight.sandbox.SandboxConversation.Kind;
import app.delight.support.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SandboxConversationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final SandboxConversation conversation = new SandboxConversation(clock);

    @Test
    void aCommandAndItsAnswerAppearInOrderWithIncreasingSeq() {
        Entry typed = conversation.command("/delight acme");
        String responseId = conversation.newResponseId();
        Entry answer = conversation.commandAnswer(responseId, message("Acme's card")).orElseThrow();

        assertThat(typed.kind()).isEqualTo(Kind.COMMAND);
        assertThat(typed.text()).isEqualTo("/delight acme");
        assertThat(answer.kind()).isEqualTo(Kind.MESSAGE);
        assertThat(answer.id()).isEqualTo(responseId);
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.channel()).isEqualTo(Sandbox.CHANNEL_ID);
        assertThat(answer.seq()).isGreaterThan(typed.seq());
        assertThat(answer.body().get(0).path("text").path("text").asText()).isEqualTo("Acme's card");
        assertThat(conversation.since(0)).extracting(Entry::id).containsExactly(typed.id(), responseId);
        assertThat(conversation.since(typed.seq())).extracting(Entry::id).containsExactly(responseId);
        assertThat(conversation.since(answer.seq())).isEmpty();
    }

    @Test
    void replaceOriginalReplacesTheMessageOfThatResponseUrlInItsPlace() {
        String responseId = conversation.newResponseId();
        Entry card = conversation.commandAnswer(responseId, message("card v1")).orElseThrow();
        Entry later = conversation.note("something after the card");

        ObjectNode redraw = message("card v2");
        redraw.put("replace_original", true);
        Entry replaced = conversation.respond(responseId, redraw).orElseThrow();

        assertThat(replaced.id()).isEqualTo(card.id());
        assertThat(replaced.seq()).isGreaterThan(later.seq());
        assertThat(replaced.ephemeral()).isTrue();
        assertThat(replaced.ts()).isEqualTo(card.ts());
        assertThat(replaced.text()).isEqualTo("card v2");
        // one message, still before the note: replaced where it was, not appended
        assertThat(conversation.all()).extracting(Entry::id).containsExactly(card.id(), later.id());
        assertThat(conversation.find(card.id()).orElseThrow().text()).isEqualTo("card v2");
        // a page that had seen everything up to the note sees the replacement, once
        assertThat(conversation.since(later.seq())).extracting(Entry::text).containsExactly("card v2");
    }

    @Test
    void aResponseUrlPostWithoutReplaceAddsAMessageAndInChannelIsSeenByAll() {
        String responseId = conversation.newResponseId();
        Entry card = conversation.commandAnswer(responseId, message("card")).orElseThrow();

        ObjectNode shared = message("shared with the channel");
        shared.put("response_type", "in_channel");
        Entry added = conversation.respond(responseId, shared).orElseThrow();

        assertThat(added.id()).isNotEqualTo(card.id());
        assertThat(added.ephemeral()).isFalse();
        assertThat(conversation.all()).hasSize(2);
    }

    @Test
    void deleteOriginalRemovesTheMessage() {
        String responseId = conversation.newResponseId();
        Entry card = conversation.commandAnswer(responseId, message("card")).orElseThrow();

        Entry removed = conversation.respond(responseId, JSON.createObjectNode().put("delete_original", true)).orElseThrow();

        assertThat(removed.kind()).isEqualTo(Kind.REMOVED);
        assertThat(removed.id()).isEqualTo(card.id());
        assertThat(conversation.since(card.seq())).extracting(Entry::kind).containsExactly(Kind.REMOVED);
    }

    @Test
    void anAckArrivingAfterAReplacementDoesNotUndoIt() {
        String responseId = conversation.newResponseId();
        ObjectNode redraw = message("newer");
        redraw.put("replace_original", true);
        conversation.respond(responseId, redraw);

        assertThat(conversation.commandAnswer(responseId, message("older"))).isEmpty();
        assertThat(conversation.find(responseId).orElseThrow().text()).isEqualTo("newer");
    }

    @Test
    void anEmptyAckShowsNothing() {
        assertThat(conversation.commandAnswer(conversation.newResponseId(), JSON.createObjectNode())).isEmpty();
        assertThat(conversation.all()).isEmpty();
    }

    @Test
    void chatUpdateReplacesByTsAndPostsGetIncreasingTs() {
        Entry first = conversation.posted("C0ACME01", message("digest v1"), false, "chat.postMessage");
        Entry second = conversation.posted("C0ACME01", message("another"), false, "chat.postMessage");

        assertThat(Double.parseDouble(second.ts())).isGreaterThan(Double.parseDouble(first.ts()));
        Entry updated = conversation.updated(first.ts(), message("digest v2")).orElseThrow();
        assertThat(updated.id()).isEqualTo(first.id());
        assertThat(updated.channel()).isEqualTo("C0ACME01");
        assertThat(updated.ephemeral()).isFalse();
        assertThat(conversation.updated("1.000001", message("nothing"))).isEmpty();
    }

    @Test
    void modalsOpenUpdateAndClose() {
        ObjectNode view = JSON.createObjectNode().put("type", "modal").put("callback_id", "log_touchpoint_view")
                .put("private_metadata", "42|http://x/respond/r1");
        view.putObject("title").put("type", "plain_text").put("text", "Log touchpoint");

        Entry modal = conversation.modalOpened(view, "views.open");
        assertThat(modal.kind()).isEqualTo(Kind.MODAL);
        assertThat(modal.id()).startsWith("V");
        assertThat(modal.body().path("id").asText()).isEqualTo(modal.id());
        assertThat(modal.callbackId()).isEqualTo("log_touchpoint_view");
        assertThat(modal.privateMetadata()).isEqualTo("42|http://x/respond/r1");
        assertThat(conversation.openModals()).extracting(Entry::id).containsExactly(modal.id());

        view.put("private_metadata", "changed");
        assertThat(conversation.modalUpdated(modal.id(), view, "views.update").orElseThrow().privateMetadata())
                .isEqualTo("changed");
        assertThat(conversation.modalClosed(modal.id()).orElseThrow().kind()).isEqualTo(Kind.REMOVED);
        assertThat(conversation.openModals()).isEmpty();
        assertThat(conversation.modalUpdated(modal.id(), view, "views.update")).isEmpty();
    }

    @Test
    void theHomeTabIsReplacedOnEachPublish() {
        ObjectNode home = JSON.createObjectNode().put("type", "home");
        Entry first = conversation.homePublished(Sandbox.USER_ID, home);
        Entry second = conversation.homePublished(Sandbox.USER_ID, home);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.body().path("id").asText()).isEqualTo(SandboxConversation.homeViewId(Sandbox.USER_ID));
        assertThat(conversation.all()).hasSize(1);
    }

    @Test
    void onlyTheLastEntriesAreKept() {
        SandboxConversation small = new SandboxConversation(5, clock);
        for (int i = 1; i <= 8; i++) {
            small.note("note " + i);
        }

        assertThat(small.all()).extracting(Entry::text).containsExactly("note 4", "note 5", "note 6", "note 7", "note 8");
        assertThat(small.since(0)).hasSize(5);
        assertThat(small.lastSeq()).isEqualTo(8);
    }

    @Test
    void theDefaultCapIsFiveHundred() {
        for (int i = 0; i < 600; i++) {
            conversation.note("note " + i);
        }
        assertThat(conversation.capacity()).isEqualTo(500);
        assertThat(conversation.all()).hasSize(500);
        assertThat(conversation.all().get(0).text()).isEqualTo("note 100");
    }

    @Test
    void triggerIdsAreKnownAndExpireAfterThreeSeconds() {
        String trigger = conversation.newTriggerId();

        assertThat(conversation.checkTrigger(trigger)).isEqualTo(SandboxConversation.TriggerCheck.VALID);
        assertThat(conversation.checkTrigger("123.456.abc")).isEqualTo(SandboxConversation.TriggerCheck.INVALID);
        assertThat(conversation.checkTrigger(null)).isEqualTo(SandboxConversation.TriggerCheck.INVALID);
        clock.advance(Duration.ofSeconds(4));
        assertThat(conversation.checkTrigger(trigger)).isEqualTo(SandboxConversation.TriggerCheck.EXPIRED);
    }

    @Test
    void awaitReturnsAsSoonAsSomethingArrives() throws Exception {
        long seen = conversation.lastSeq();
        CompletableFuture<List<Entry>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return conversation.await(seen, Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        conversation.note("hello");

        assertThat(waiting.get(5, TimeUnit.SECONDS)).extracting(Entry::text).containsExactly("hello");
        assertThat(conversation.await(conversation.lastSeq(), Duration.ofMillis(20))).isEmpty();
    }

    private static ObjectNode message(String text) {
        ObjectNode body = JSON.createObjectNode().put("text", text);
        JsonNode section = JSON.createObjectNode().put("type", "section")
                .set("text", JSON.createObjectNode().put("type", "mrkdwn").put("text", text));
        body.putArray("blocks").add(section);
        return body;
    }
}
