package app.delight.slack.listeners.actions;

import app.delight.blocks.ActionIds;
import app.delight.blocks.PromptAction;
import app.delight.blocks.Reply;
import app.delight.clients.ClientDirectory;
import app.delight.clients.PromptResponses;
import app.delight.clients.Today;
import app.delight.domain.Client;
import app.delight.domain.PromptResponse.Response;
import app.delight.i18n.Messages;
import app.delight.slack.Redraw;
import app.delight.slack.SubCommands;
import app.delight.slack.Unavailable;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on a card's Done, Snooze, Not relevant, Shared, Removed or Kept: acknowledged at once,
 * then logged and the card redrawn in place through the message's {@code response_url}.
 */
public final class PromptClicks implements BlockActionHandler {
    private static final Logger log = LoggerFactory.getLogger(PromptClicks.class);
    /** What each button records. */
    public static final Map<String, Response> RESPONSES = Map.of(
            ActionIds.DONE, Response.DONE,
            ActionIds.SNOOZE, Response.SNOOZED,
            ActionIds.NOT_RELEVANT, Response.NOT_RELEVANT,
            ActionIds.SHARED, Response.SHARED,
            ActionIds.REMOVED, Response.REMOVED,
            ActionIds.KEPT, Response.KEPT);
    private static final int SNOOZE_DAYS = 7;

    private final ClientDirectory directory;
    private final PromptResponses responses;
    private final SubCommands subCommands;
    private final Today today;
    private final Messages messages;
    private final Unavailable unavailable;
    private final Executor afterAck;

    public PromptClicks(ClientDirectory directory, PromptResponses responses, SubCommands subCommands, Today today,
            Messages messages, Unavailable unavailable, Executor afterAck) {
        this.directory = directory;
        this.responses = responses;
        this.subCommands = subCommands;
        this.today = today;
        this.messages = messages;
        this.unavailable = unavailable;
        this.afterAck = afterAck;
    }

    @Override
    public com.slack.api.bolt.response.Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        afterAck.execute(() -> handle(payload, ctx));
        return ctx.ack();
    }

    private void handle(BlockActionPayload payload, ActionContext ctx) {
        BlockActionPayload.Action action = payload.getActions().get(0);
        Response response = RESPONSES.get(action.getActionId());
        Optional<PromptAction> clicked = PromptAction.decode(action.getValue());
        if (response == null || clicked.isEmpty()) {
            log.warn("Ignored a click on {} with an unreadable value", action.getActionId());
            return;
        }
        String teamId = payload.getTeam().getId();
        SubCommands.Caller caller = new SubCommands.Caller(teamId, payload.getUser().getId());
        Reply reply = unavailable.whenDatabaseFails(() -> directory.byId(teamId, clicked.get().clientId())
                .map(client -> record(caller, client, clicked.get().promptKey(), response, payload))
                .orElseGet(() -> Reply.say(messages.get("action.gone"))));
        Redraw.inPlace(ctx, reply);
    }

    private Reply record(SubCommands.Caller caller, Client client, String promptKey, Response response,
            BlockActionPayload payload) {
        LocalDate snoozedUntil = response == Response.SNOOZED ? today.of(client).plusDays(SNOOZE_DAYS) : null;
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        String ts = payload.getContainer() == null ? null : payload.getContainer().getMessageTs();
        responses.respond(caller.teamId(), client.id(), promptKey, response, snoozedUntil,
                new PromptResponses.Origin(caller.userId(), channel, ts));
        return subCommands.card(caller, client);
    }
}
