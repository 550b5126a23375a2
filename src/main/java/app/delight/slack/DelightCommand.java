package app.delight.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.Locale;

/** {@code /delight}: answers every sub-command; each answer is ephemeral, seen by the caller only. */
public final class DelightCommand implements SlashCommandHandler {
    private final HelpMessage help;

    public DelightCommand(HelpMessage help) {
        this.help = help;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        String text = request.getPayload().getText() == null ? "" : request.getPayload().getText().strip();
        if (text.isEmpty() || text.toLowerCase(Locale.ROOT).equals("help")) {
            return ctx.ack(r -> r.responseType("ephemeral").text(help.fallbackText()).blocks(help.blocks()));
        }
        return ctx.ack(r -> r.responseType("ephemeral").text(help.fallbackText()).blocks(help.blocksAfterUnknown(text)));
    }
}
