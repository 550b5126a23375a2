package app.delight.sandbox;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static org.assertj.core.api.Assertions.assertThat;

import app.delight.sandbox.SandboxConversation.Entry;
import app.delight.sandbox.SandboxConversation.Kind;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.users.UsersLookupByEmailResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.view.View;
import com.slack.api.model.view.Views;
import com.slack.api.webhook.WebhookResponse;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in for Slack, driven by the official client exactly as the app drives it. */
class SlackStandInServletTest {
    private final SandboxConversation conversation = new SandboxConversation();
    private LocalJetty jetty;
    private Slack slack;
    private MethodsClient methods;

    @BeforeEach
    void start() throws Exception {
        jetty = new LocalJetty().mount(new SlackStandInServlet(conversation), "/sandbox/slack/*").start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(Sandbox.apiUrl(jetty.port()).toString());
        config.setStatsEnabled(false);
        slack = Slack.getInstance(config);
        methods = slack.methods(Sandbox.BOT_TOKEN);
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        jetty.close();
    }

    @Test
    void authTestNamesTheSandboxWorkspace() throws Exception {
        AuthTestResponse answer = methods.authTest(r -> r);

        assertThat(answer.isOk()).isTrue();
        assertThat(answer.getTeamId()).isEqualTo("T0LOCAL");
        assertThat(answer.getTeam()).isEqualTo("Sandbox");
        assertThat(answer.getUserId()).isEqualTo("U0SANDBOXBOT");
        assertThat(answer.getBotId()).isEqualTo("B0SANDBOX");
    }

    @Test
    void chatPostMessageIsRecordedWithItsBlocks() throws Exception {
        ChatPostMessageResponse first = methods.chatPostMessage(r -> r.channel("C0ACME01").text("Today for Acme")
                .blocks(asBlocks(header(h -> h.text(plainText("Acme <Corp>"))),
                        section(s -> s.text(markdownText(":sunrise: Today for *Acme*"))))));
        ChatPostMessageResponse second = methods.chatPostMessage(r -> r.channel("C0ACME01").text("again"));

        assertThat(first.isOk()).isTrue();
        assertThat(first.getChannel()).isEqualTo("C0ACME01");
        assertThat(Double.parseDouble(second.getTs())).isGreaterThan(Double.parseDouble(first.getTs()));
        List<Entry> entries = conversation.all();
        assertThat(entries).hasSize(2);
        Entry posted = entries.get(0);
        assertThat(posted.kind()).isEqualTo(Kind.MESSAGE);
        assertThat(posted.source()).isEqualTo("chat.postMessage");
        assertThat(posted.channel()).isEqualTo("C0ACME01");
        assertThat(posted.ts()).isEqualTo(first.getTs());
        assertThat(posted.ephemeral()).isFalse();
        assertThat(posted.text()).isEqualTo("Today for Acme");
        assertThat(posted.body().get(0).path("text").path("text").asText()).isEqualTo("Acme <Corp>");
        assertThat(posted.body().get(1).path("text").path("text").asText()).isEqualTo(":sunrise: Today for *Acme*");
    }

    @Test
    void aPostToAUserLandsInTheirDirectMessages() throws Exception {
        ChatPostMessageResponse posted = methods.chatPostMessage(r -> r.channel(Sandbox.USER_ID).text("Your card"));

        assertThat(posted.getChannel()).isEqualTo("D0SANDBOX1");
        assertThat(conversation.all().get(0).channel()).isEqualTo("D0SANDBOX1");
    }

    @Test
    void chatUpdateReplacesTheMessageWithThatTs() throws Exception {
        ChatPostMessageResponse posted = methods.chatPostMessage(r -> r.channel("C0ACME01").text("v1"));

        ChatUpdateResponse updated = methods.chatUpdate(r -> r.channel("C0ACME01").ts(posted.getTs()).text("v2"));
        ChatUpdateResponse unknown = methods.chatUpdate(r -> r.channel("C0ACME01").ts("1.000001").text("v3"));

        assertThat(updated.isOk()).isTrue();
        assertThat(unknown.isOk()).isFalse();
        assertThat(unknown.getError()).isEqualTo("message_not_found");
        assertThat(conversation.all()).extracting(Entry::text).containsExactly("v2");
    }

    @Test
    void aMessageWithNeitherTextNorBlocksIsRefusedAsSlackRefusesIt() throws Exception {
        ChatPostMessageResponse posted = methods.chatPostMessage(r -> r.channel("C0ACME01"));

        assertThat(posted.isOk()).isFalse();
        assertThat(posted.getError()).isEqualTo("no_text");
        assertThat(conversation.all()).isEmpty();
    }

    @Test
    void viewsPublishRecordsTheHomeTab() throws Exception {
        View home = Views.view(v -> v.type("home").blocks(asBlocks(section(s -> s.text(markdownText("*Your clients* (3)"))))));

        ViewsPublishResponse published = methods.viewsPublish(r -> r.userId(Sandbox.USER_ID).view(home));

        assertThat(published.isOk()).isTrue();
        assertThat(published.getView().getId()).isEqualTo("VHOMEU0SANDBOX1");
        Entry entry = conversation.find("home-" + Sandbox.USER_ID).orElseThrow();
        assertThat(entry.kind()).isEqualTo(Kind.HOME);
        assertThat(entry.body().path("type").asText()).isEqualTo("home");
        assertThat(entry.body().path("blocks").get(0).path("text").path("text").asText()).isEqualTo("*Your clients* (3)");
    }

    @Test
    void viewsOpenWantsATriggerIdTheSandboxIssued() throws Exception {
        View modal = Views.view(v -> v.type("modal").callbackId("log_touchpoint_view").privateMetadata("42|url")
                .title(Views.viewTitle(t -> t.type("plain_text").text("Log touchpoint"))));

        ViewsOpenResponse refused = methods.viewsOpen(r -> r.triggerId("1.2.made-up").view(modal));
        String trigger = conversation.newTriggerId();
        ViewsOpenResponse opened = methods.viewsOpen(r -> r.triggerId(trigger).view(modal));

        assertThat(refused.isOk()).isFalse();
        assertThat(refused.getError()).isEqualTo("invalid_trigger_id");
        assertThat(opened.isOk()).isTrue();
        Entry entry = conversation.find(opened.getView().getId()).orElseThrow();
        assertThat(entry.kind()).isEqualTo(Kind.MODAL);
        assertThat(entry.callbackId()).isEqualTo("log_touchpoint_view");
        assertThat(entry.privateMetadata()).isEqualTo("42|url");
        assertThat(conversation.all()).hasSize(1);
    }

    @Test
    void conversationsOpenAndUsersInfoAnswerAsSlack() throws Exception {
        ConversationsOpenResponse dm = methods.conversationsOpen(r -> r.users(List.of(Sandbox.USER_ID)));
        UsersInfoResponse user = methods.usersInfo(r -> r.user(Sandbox.USER_ID));

        assertThat(dm.getChannel().getId()).isEqualTo("D0SANDBOX1");
        assertThat(user.isOk()).isTrue();
        assertThat(user.getUser().getLocale()).isEqualTo("en-US");
        assertThat(user.getUser().getRealName()).isEqualTo("Sandbox User");
    }

    @Test
    void usersLookupByEmailFindsTheSandboxUserAndEveryoneAtTheSandboxsDomainOnly() throws Exception {
        assertThat(methods.usersLookupByEmail(r -> r.email(Sandbox.USER_EMAIL)).getUser().getId()).isEqualTo(Sandbox.USER_ID);
        UsersLookupByEmailResponse colleague = methods.usersLookupByEmail(r -> r.email("jane.doe@" + Sandbox.EMAIL_DOMAIN));
        assertThat(colleague.getUser().getId()).isEqualTo("UJANEDOE");
        assertThat(colleague.getUser().getProfile().getEmail()).isEqualTo("jane.doe@sandbox.example");
        assertThat(methods.usersLookupByEmail(r -> r.email("jane.doe@elsewhere.example")).getError()).isEqualTo("users_not_found");
    }

    @Test
    void otherMethodsAnswerOk() throws Exception {
        assertThat(methods.reactionsAdd(r -> r.channel("C0SANDBOX").timestamp("1.1").name("tada")).isOk()).isTrue();
    }

    @Test
    void aResponseUrlPostReplacesTheMessageItBelongsTo() throws Exception {
        String responseId = conversation.newResponseId();
        conversation.commandAnswer(responseId, Http.JSON.createObjectNode().put("text", "card v1"));
        String url = Sandbox.responseUrl(Sandbox.loopback(jetty.port()), responseId).toString();

        WebhookResponse answer = slack.send(url, "{\"replace_original\":true,\"text\":\"card v2\"}");

        assertThat(answer.getCode()).isEqualTo(200);
        assertThat(answer.getBody()).isEqualTo("ok");
        assertThat(conversation.all()).extracting(Entry::text).containsExactly("card v2");
        assertThat(conversation.all().get(0).id()).isEqualTo(responseId);
    }

    @Test
    void aCallWithoutATokenIsNotAuthed() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(jetty.uri("/sandbox/slack/api/chat.postMessage"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("channel=C0SANDBOX&text=hi")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"ok\":false").contains("not_authed");
        assertThat(conversation.all()).isEmpty();
    }
}
