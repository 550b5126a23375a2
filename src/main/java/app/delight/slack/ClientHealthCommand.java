package app.delight.slack;

import app.delight.clients.ClientDirectory;
import app.delight.clients.HealthReports;
import app.delight.clients.Today;
import app.delight.engine.ClientMatcher;
import app.delight.engine.CommandText;
import app.delight.i18n.Messages;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * {@code /client-health}, for managers only: the portfolio worst first (with paging), or one
 * client in detail. Anyone else gets a polite refusal that tells nothing about any client.
 */
public final class ClientHealthCommand implements SlashCommandHandler {
    private final Set<String> managers;
    private final ClientDirectory directory;
    private final HealthReports reports;
    private final HealthMessage message;
    private final ClientChoice choice;
    private final Messages messages;
    private final Today today;
    private final Unavailable unavailable;

    public ClientHealthCommand(Set<String> managers, ClientDirectory directory, HealthReports reports, HealthMessage message,
            ClientChoice choice, Messages messages, Today today, Unavailable unavailable) {
        this.managers = Set.copyOf(managers);
        this.directory = directory;
        this.reports = reports;
        this.message = message;
        this.choice = choice;
        this.messages = messages;
        this.today = today;
        this.unavailable = unavailable;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        String teamId = request.getPayload().getTeamId();
        String userId = request.getPayload().getUserId();
        String typed = request.getPayload().getText() == null ? "" : Mrkdwn.unescape(request.getPayload().getText()).strip();
        Reply reply = managers.contains(userId)
                ? unavailable.whenDatabaseFails(() -> typed.isEmpty() ? portfolioPage(teamId, 0) : detail(teamId, typed))
                : refusal(userId);
        return ctx.ack(r -> r.responseType("ephemeral").text(reply.text()).blocks(reply.blocks()));
    }

    private Reply portfolioPage(String teamId, int page) {
        return message.portfolio(reports.portfolio(teamId), page, today.ofTeam());
    }

    private Reply detail(String teamId, String typed) {
        ClientMatcher.Match match = directory.find(teamId, String.join(" ", CommandText.words(typed)));
        if (match instanceof ClientMatcher.Match.Found found) {
            return detailOf(teamId, found.client().id());
        }
        if (match instanceof ClientMatcher.Match.Several several) {
            return choice.severalForHealth(typed, several.candidates());
        }
        return choice.noneForHealth(typed, ((ClientMatcher.Match.None) match).nearest());
    }

    /** Scoped to the workspace: a client of another one, or one removed meanwhile, is gone. */
    private Reply detailOf(String teamId, long clientId) {
        return reports.detail(teamId, clientId).map(message::detail).orElseGet(() -> Reply.say(messages.get("action.gone")));
    }

    private Reply refusal(String userId) {
        String granters = managers.isEmpty() ? messages.get("health.refused.nobody")
                : managers.stream().sorted().map(id -> "<@" + id + ">").collect(Collectors.joining(", "));
        return Reply.say(messages.get("health.refused", granters, userId));
    }

    /** Next and Previous under the portfolio: the clicker must be a manager too. */
    public BlockActionHandler paging(Executor afterAck) {
        return (BlockActionRequest request, ActionContext ctx) -> {
            BlockActionPayload payload = request.getPayload();
            afterAck.execute(() -> {
                String userId = payload.getUser().getId();
                int page = pageOf(payload.getActions().get(0).getValue());
                Reply reply = managers.contains(userId)
                        ? unavailable.whenDatabaseFails(() -> portfolioPage(payload.getTeam().getId(), page))
                        : refusal(userId);
                Redraw.inPlace(ctx, reply);
            });
            return ctx.ack();
        };
    }

    /** A manager picked one of several clients their text matched: its health, in place of the list. */
    public BlockActionHandler pick(Executor afterAck) {
        return (BlockActionRequest request, ActionContext ctx) -> {
            BlockActionPayload payload = request.getPayload();
            afterAck.execute(() -> {
                String userId = payload.getUser().getId();
                String teamId = payload.getTeam().getId();
                String value = payload.getActions().get(0).getValue();
                Reply reply = managers.contains(userId)
                        ? unavailable.whenDatabaseFails(() -> directory.byButtonValue(teamId, value).map(client -> detailOf(teamId, client.id()))
                                .orElseGet(() -> Reply.say(messages.get("action.gone"))))
                        : refusal(userId);
                Redraw.inPlace(ctx, reply);
            });
            return ctx.ack();
        };
    }

    private static int pageOf(String value) {
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
