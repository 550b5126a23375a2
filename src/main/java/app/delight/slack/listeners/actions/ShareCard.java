package app.delight.slack.listeners.actions;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import app.delight.blocks.Reply;
import app.delight.clients.ClientDirectory;
import app.delight.i18n.Messages;
import app.delight.slack.Redraw;
import app.delight.slack.SubCommands;
import app.delight.slack.Unavailable;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * "Share in channel" on a card: a command's answers are seen by the caller only, until they share
 * one. The card is posted to the channel as it is now, saying who shared it; its buttons work there
 * for everyone, and the sharer's own copy says it was shared. A card already in the channel (a
 * digest, a shared copy) is not posted again.
 */
public final class ShareCard implements BlockActionHandler {
    private final ClientDirectory directory;
    private final SubCommands subCommands;
    private final Messages messages;
    private final Unavailable unavailable;
    private final Executor afterAck;

    public ShareCard(ClientDirectory directory, SubCommands subCommands, Messages messages, Unavailable unavailable,
            Executor afterAck) {
        this.directory = directory;
        this.subCommands = subCommands;
        this.messages = messages;
        this.unavailable = unavailable;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getContainer() != null && !payload.getContainer().isEphemeral()) {
            afterAck.execute(() -> Redraw.toClicker(ctx, Reply.say(messages.get("card.alreadyShared"))));
            return ctx.ack();
        }
        SubCommands.Caller caller = new SubCommands.Caller(payload.getTeam().getId(), payload.getUser().getId());
        String value = payload.getActions().get(0).getValue();
        afterAck.execute(() -> Redraw.inPlace(ctx, unavailable.whenDatabaseFails(() -> directory.byButtonValue(caller.teamId(), value)
                .map(client -> share(ctx, caller, subCommands.card(caller, client)))
                .orElseGet(() -> Reply.say(messages.get("action.gone"))))));
        return ctx.ack();
    }

    /** Posts the card, read before anything is posted; returns what the sharer's copy becomes. */
    private Reply share(ActionContext ctx, SubCommands.Caller caller, Reply card) {
        boolean posted = Redraw.toChannel(ctx, above(messages.get("card.sharedBy", caller.userId()), card));
        return above(messages.get(posted ? "card.shared" : "card.shareFailed"), card);
    }

    private static Reply above(String line, Reply card) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(line)))));
        blocks.addAll(card.blocks());
        return new Reply(card.text(), blocks);
    }
}
