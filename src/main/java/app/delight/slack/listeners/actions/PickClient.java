package app.delight.slack.listeners.actions;

import app.delight.blocks.ActionIds;
import app.delight.blocks.ClientChoice;
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
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The user picked one of several matching clients: run the pending sub-command for it, in place of the list. */
public final class PickClient implements BlockActionHandler {
    private static final Logger log = LoggerFactory.getLogger(PickClient.class);

    private final Collaborators with;

    public PickClient(Collaborators with) {
        this.with = with;
    }

    public void register(App app) {
        app.blockAction(Pattern.compile(ActionIds.PICK_CLIENT + "_\\d+"), this);
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        with.afterAck().execute(() -> handle(payload, ctx));
        return ctx.ack();
    }

    private void handle(BlockActionPayload payload, ActionContext ctx) {
        Optional<ClientChoice.Pick> pick = ClientChoice.Pick.decode(payload.getActions().get(0).getValue());
        if (pick.isEmpty()) {
            log.warn("Ignored a client pick with an unreadable value");
            return;
        }
        Caller caller = new Caller(payload.getTeam().getId(), payload.getUser().getId());
        Reply reply = with.unavailable().whenDatabaseFails(() -> with.directory().byId(caller.teamId(), pick.get().clientId())
                .map(client -> with.subCommands().run(caller, client, pick.get().verb(), pick.get().rest()))
                .orElseGet(() -> Reply.say(with.messages().get("action.gone"))));
        Redraw.inPlace(ctx, reply);
    }
}
