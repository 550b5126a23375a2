package app.delight.slack.listeners.actions;

import app.delight.blocks.ActionIds;
import app.delight.blocks.Reply;
import app.delight.clients.Caller;
import app.delight.slack.Collaborators;
import app.delight.slack.Redraw;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/**
 * "Share in channel" on a card: a command's answers are seen by the caller only, until they share
 * one. The card is posted to the channel as it is now, saying who shared it; its buttons work there
 * for everyone, and the sharer's own copy says it was shared. A card already in the channel (a
 * digest, a shared copy) is not posted again.
 */
public final class ShareCard implements BlockActionHandler {
    private final Collaborators with;

    public ShareCard(Collaborators with) {
        this.with = with;
    }

    public void register(App app) {
        app.blockAction(ActionIds.SHARE_CARD, this);
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getContainer() != null && !payload.getContainer().isEphemeral()) {
            with.afterAck().execute(() -> Redraw.toClicker(ctx, Reply.say(with.messages().get("card.alreadyShared"))));
            return ctx.ack();
        }
        Caller caller = new Caller(payload.getTeam().getId(), payload.getUser().getId());
        String value = payload.getActions().get(0).getValue();
        with.afterAck().execute(() -> Redraw.inPlace(ctx, with.unavailable().whenDatabaseFails(
                () -> with.directory().byButtonValue(caller.teamId(), value)
                        .map(client -> share(ctx, caller, with.subCommands().card(caller, client)))
                        .orElseGet(() -> Reply.say(with.messages().get("action.gone"))))));
        return ctx.ack();
    }

    /** Posts the card, read before anything is posted; returns what the sharer's copy becomes. */
    private Reply share(ActionContext ctx, Caller caller, Reply card) {
        boolean posted = Redraw.toChannel(ctx, card.under(with.messages().get("card.sharedBy", caller.userId())));
        return card.under(with.messages().get(posted ? "card.shared" : "card.shareFailed"));
    }
}
