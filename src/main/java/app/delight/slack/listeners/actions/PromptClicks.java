package app.delight.slack.listeners.actions;

import app.delight.blocks.ActionIds;
import app.delight.blocks.PromptAction;
import app.delight.blocks.Reply;
import app.delight.clients.Caller;
import app.delight.clients.PromptResponses;
import app.delight.domain.Client;
import app.delight.domain.PromptResponse.Response;
import app.delight.slack.Collaborators;
import app.delight.slack.Redraw;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
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

    private final Collaborators with;

    public PromptClicks(Collaborators with) {
        this.with = with;
    }

    public void register(App app) {
        RESPONSES.keySet().forEach(actionId -> app.blockAction(actionId, this));
    }

    @Override
    public com.slack.api.bolt.response.Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        with.afterAck().execute(() -> handle(payload, ctx));
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
        Caller caller = new Caller(teamId, payload.getUser().getId());
        Reply reply = with.unavailable().whenDatabaseFails(() -> with.directory().byId(teamId, clicked.get().clientId())
                .map(client -> record(caller, client, clicked.get().promptKey(), response, payload))
                .orElseGet(() -> Reply.say(with.messages().get("action.gone"))));
        Redraw.inPlace(ctx, reply);
    }

    private Reply record(Caller caller, Client client, String promptKey, Response response,
            BlockActionPayload payload) {
        LocalDate snoozedUntil = response == Response.SNOOZED ? with.today().of(client).plusDays(SNOOZE_DAYS) : null;
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        String ts = payload.getContainer() == null ? null : payload.getContainer().getMessageTs();
        with.responses().respond(caller.teamId(), client.id(), promptKey, response, snoozedUntil,
                new PromptResponses.Origin(caller.userId(), channel, ts));
        return with.subCommands().card(caller, client);
    }
}
