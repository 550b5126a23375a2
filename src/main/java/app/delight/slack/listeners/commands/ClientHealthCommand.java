package app.delight.slack.listeners.commands;

import app.delight.blocks.ClientChoice;
import app.delight.blocks.Mrkdwn;
import app.delight.blocks.Reply;
import app.delight.engine.ClientMatcher;
import app.delight.engine.CommandText;
import app.delight.slack.Collaborators;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * {@code /client-health}, for managers only: the portfolio worst first (with paging), or one
 * client in detail. Anyone else gets a polite refusal that tells nothing about any client.
 */
public final class ClientHealthCommand implements SlashCommandHandler {
    private final Collaborators with;
    private final ClientChoice choice;

    public ClientHealthCommand(Collaborators with) {
        this.with = with;
        this.choice = new ClientChoice(with.messages());
    }

    public void register(App app) {
        app.command("/client-health", this);
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        String teamId = request.getPayload().getTeamId();
        String userId = request.getPayload().getUserId();
        String typed = request.getPayload().getText() == null ? "" : Mrkdwn.unescape(request.getPayload().getText()).strip();
        Reply reply = with.health().forManager(userId, () -> with.unavailable().whenDatabaseFails(
                () -> typed.isEmpty() ? with.health().portfolioPage(teamId, 0) : detail(teamId, typed)));
        return ctx.ack(r -> r.responseType("ephemeral").text(reply.text()).blocks(reply.blocks()));
    }

    private Reply detail(String teamId, String typed) {
        ClientMatcher.Match match = with.directory().find(teamId, String.join(" ", CommandText.words(typed)));
        if (match instanceof ClientMatcher.Match.Found found) {
            return with.health().detail(teamId, found.client().id());
        }
        if (match instanceof ClientMatcher.Match.Several several) {
            return choice.severalForHealth(typed, several.candidates());
        }
        return choice.noneForHealth(typed, ((ClientMatcher.Match.None) match).nearest());
    }
}
