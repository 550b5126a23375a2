package app.delight.slack;

import app.delight.clients.ClientDirectory;
import app.delight.i18n.Messages;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The user chose the date of a follow-up typed with a date in the past: save it, in place of the question. */
public final class ConfirmPastDate implements BlockActionHandler {
    private static final Logger log = LoggerFactory.getLogger(ConfirmPastDate.class);

    private final ClientDirectory directory;
    private final SubCommands subCommands;
    private final Messages messages;
    private final Unavailable unavailable;
    private final Executor afterAck;

    public ConfirmPastDate(ClientDirectory directory, SubCommands subCommands, Messages messages, Unavailable unavailable,
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
        Optional<PastDateQuestion.Pending> pending = PastDateQuestion.Pending.decode(payload.getActions().get(0).getValue());
        if (pending.isEmpty()) {
            log.warn("Ignored a follow-up date choice with an unreadable value");
            return;
        }
        SubCommands.Caller caller = new SubCommands.Caller(payload.getTeam().getId(), payload.getUser().getId());
        PastDateQuestion.Pending followUp = pending.get();
        Reply reply = unavailable.whenDatabaseFails(() -> directory.byId(caller.teamId(), followUp.clientId())
                .map(client -> subCommands.confirmWithCard(caller, client,
                        subCommands.addFollowUp(caller, client, followUp.text(), followUp.due())))
                .orElseGet(() -> Reply.say(messages.get("action.gone"))));
        Redraw.inPlace(ctx, reply);
    }
}
