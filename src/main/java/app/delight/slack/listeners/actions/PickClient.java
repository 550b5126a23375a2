package app.delight.slack.listeners.actions;

import app.delight.blocks.ClientChoice;
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
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The user picked one of several matching clients: run the pending sub-command for it, in place of the list. */
public final class PickClient implements BlockActionHandler {
    private static final Logger log = LoggerFactory.getLogger(PickClient.class);

    private final ClientDirectory directory;
    private final SubCommands subCommands;
    private final Messages messages;
    private final Unavailable unavailable;
    private final Executor afterAck;

    public PickClient(ClientDirectory directory, SubCommands subCommands, Messages messages, Unavailable unavailable,
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
        afterAck.execute(() -> handle(payload, ctx));
        return ctx.ack();
    }

    private void handle(BlockActionPayload payload, ActionContext ctx) {
        Optional<ClientChoice.Pick> pick = ClientChoice.Pick.decode(payload.getActions().get(0).getValue());
        if (pick.isEmpty()) {
            log.warn("Ignored a client pick with an unreadable value");
            return;
        }
        SubCommands.Caller caller = new SubCommands.Caller(payload.getTeam().getId(), payload.getUser().getId());
        Reply reply = unavailable.whenDatabaseFails(() -> directory.byId(caller.teamId(), pick.get().clientId())
                .map(client -> subCommands.run(caller, client, pick.get().verb(), pick.get().rest()))
                .orElseGet(() -> Reply.say(messages.get("action.gone"))));
        Redraw.inPlace(ctx, reply);
    }
}
