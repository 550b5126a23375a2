package app.delight.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import app.delight.clients.ClientDirectory;
import app.delight.domain.Client;
import app.delight.i18n.Messages;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * "Share in channel" on a card: a command's answers are seen by the caller only, until they share
 * one. The card is posted to the channel as it is now, saying who shared it; its buttons work there
 * for everyone, and the caller's own copy stays.
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
        SubCommands.Caller caller = new SubCommands.Caller(payload.getTeam().getId(), payload.getUser().getId());
        String value = payload.getActions().get(0).getValue();
        afterAck.execute(() -> {
            // The sharer's own copy says it was shared, or why it was not: nothing of that goes to the channel.
            Reply privately = unavailable.whenDatabaseFails(() -> directory.byId(caller.teamId(), value)
                    .map(client -> {
                        Redraw.toChannel(ctx, sharedBy(caller, subCommands.card(caller, client)));
                        return subCommands.confirmWithCard(caller, client, messages.get("card.shared"));
                    })
                    .orElseGet(() -> Reply.say(messages.get("action.gone"))));
            Redraw.inPlace(ctx, privately);
        });
        return ctx.ack();
    }

    private Reply sharedBy(SubCommands.Caller caller, Reply card) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(messages.get("card.sharedBy", caller.userId()))))));
        blocks.addAll(card.blocks());
        return new Reply(card.text(), blocks);
    }
}
