package app.delight.slack.listeners.commands;

import app.delight.blocks.ClientChoice;
import app.delight.blocks.HelpMessage;
import app.delight.blocks.Mrkdwn;
import app.delight.blocks.Reply;
import app.delight.clients.Caller;
import app.delight.engine.CommandText;
import app.delight.slack.Collaborators;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /delight}: finds the client the user meant and runs the sub-command. The work is a few
 * queries, well inside Slack's 3 seconds, so the answer goes back with the acknowledgement itself;
 * every answer is ephemeral, seen by the caller only.
 */
public final class DelightCommand implements SlashCommandHandler {
    private final Collaborators with;
    private final ClientChoice choice;
    private final HelpMessage help;

    public DelightCommand(Collaborators with) {
        this.with = with;
        this.choice = new ClientChoice(with.messages());
        this.help = new HelpMessage(with.messages());
    }

    public void register(App app) {
        app.command("/delight", this);
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        Caller caller = new Caller(payload.getTeamId(), payload.getUserId());
        String text = payload.getText() == null ? "" : Mrkdwn.unescape(payload.getText()).strip();
        Reply reply = with.unavailable().whenDatabaseFails(() -> answer(caller, text));
        return ctx.ack(r -> r.responseType("ephemeral").text(reply.text()).blocks(reply.blocks()));
    }

    private Reply answer(Caller caller, String text) {
        if (text.isEmpty()) {
            Reply clients = choice.list(with.directory().ownedFirst(caller.teamId(), caller.userId()), caller.userId());
            List<LayoutBlock> blocks = new ArrayList<>(clients.blocks());
            blocks.add(Blocks.divider());
            blocks.addAll(help.blocks());
            return new Reply(clients.text(), blocks);
        }
        CommandText.Understood understood = CommandText.understand(text, with.messages().language(),
                with.directory().matcher(caller.teamId()));
        if (understood instanceof CommandText.Understood.ForClient run) {
            return with.subCommands().run(caller, run.client(), run.verb(), run.rest());
        }
        if (understood instanceof CommandText.Understood.NotASubCommand not) {
            return with.subCommands().notASubCommand(not.client(), not.word(), not.closest());
        }
        if (understood instanceof CommandText.Understood.SeveralClients several) {
            return choice.several(several.typed(), several.candidates(), several.verb(), several.rest());
        }
        if (understood instanceof CommandText.Understood.NoClient none) {
            return choice.none(none.typed(), none.nearest());
        }
        return new Reply(help.fallbackText(), help.blocks());
    }
}
