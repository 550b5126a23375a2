package app.delight.slack.listeners.actions;

import app.delight.blocks.Reply;
import app.delight.clients.Caller;
import app.delight.slack.Collaborators;
import app.delight.slack.Redraw;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/**
 * A button whose answer replaces the message it was on: acknowledged at once, answered after, from
 * the value the button carries (a picked client, a chosen date).
 */
final class ReplaceOnClick implements BlockActionHandler {
    /** What the click answers, for whom, from the button's value. */
    @FunctionalInterface
    interface Answer {
        Reply to(Caller caller, String value);
    }

    private final Collaborators with;
    private final Answer answer;

    ReplaceOnClick(Collaborators with, Answer answer) {
        this.with = with;
        this.answer = answer;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Caller caller = new Caller(payload.getTeam().getId(), payload.getUser().getId());
        String value = payload.getActions().get(0).getValue();
        with.afterAck().execute(() -> Redraw.inPlace(ctx, with.unavailable().whenDatabaseFails(() -> answer.to(caller, value))));
        return ctx.ack();
    }
}
