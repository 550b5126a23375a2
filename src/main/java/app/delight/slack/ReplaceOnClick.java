package app.delight.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.Executor;

/**
 * A button whose answer replaces the message it was on: acknowledged at once, answered after, from
 * the value the button carries (a picked client, a chosen date).
 */
public final class ReplaceOnClick implements BlockActionHandler {
    /** What the click answers, for whom, from the button's value. */
    @FunctionalInterface
    public interface Answer {
        Reply to(SubCommands.Caller caller, String value);
    }

    private final Answer answer;
    private final Unavailable unavailable;
    private final Executor afterAck;

    public ReplaceOnClick(Answer answer, Unavailable unavailable, Executor afterAck) {
        this.answer = answer;
        this.unavailable = unavailable;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        SubCommands.Caller caller = new SubCommands.Caller(payload.getTeam().getId(), payload.getUser().getId());
        String value = payload.getActions().get(0).getValue();
        afterAck.execute(() -> Redraw.inPlace(ctx, unavailable.whenDatabaseFails(() -> answer.to(caller, value))));
        return ctx.ack();
    }
}
