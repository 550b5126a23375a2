package app.delight.slack.listeners.actions;

import app.delight.blocks.ActionIds;
import app.delight.blocks.Reply;
import app.delight.slack.Collaborators;
import app.delight.slack.Redraw;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.regex.Pattern;

/**
 * The buttons under {@code /client-health}'s answers: Next and Previous under the portfolio, and the
 * pick among several clients a manager's text matched. The clicker must be a manager too.
 */
public final class HealthButtons {
    private final Collaborators with;

    public HealthButtons(Collaborators with) {
        this.with = with;
    }

    public void register(App app) {
        app.blockAction(ActionIds.HEALTH_NEXT, this::page);
        app.blockAction(ActionIds.HEALTH_PREVIOUS, this::page);
        app.blockAction(Pattern.compile(ActionIds.HEALTH_PICK + "_\\d+"), this::pick);
    }

    private Response page(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        with.afterAck().execute(() -> {
            int page = pageOf(payload.getActions().get(0).getValue());
            Reply reply = with.health().forManager(payload.getUser().getId(), () -> with.unavailable().whenDatabaseFails(
                    () -> with.health().portfolioPage(payload.getTeam().getId(), page)));
            Redraw.inPlace(ctx, reply);
        });
        return ctx.ack();
    }

    /** A manager picked one of several clients their text matched: its health, in place of the list. */
    private Response pick(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        with.afterAck().execute(() -> {
            String teamId = payload.getTeam().getId();
            String value = payload.getActions().get(0).getValue();
            Reply reply = with.health().forManager(payload.getUser().getId(), () -> with.unavailable().whenDatabaseFails(
                    () -> with.directory().byButtonValue(teamId, value).map(client -> with.health().detail(teamId, client.id()))
                            .orElseGet(() -> Reply.say(with.messages().get("action.gone")))));
            Redraw.inPlace(ctx, reply);
        });
        return ctx.ack();
    }

    private static int pageOf(String value) {
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
