package app.delight.slack;

import app.delight.clients.ClientDirectory;
import app.delight.i18n.Messages;
import java.util.Optional;

/** The user picked one of several matching clients: run the pending sub-command for it, in place of the list. */
public final class PickClient implements ReplaceOnClick.Answer {
    private final ClientDirectory directory;
    private final SubCommands subCommands;
    private final Messages messages;

    public PickClient(ClientDirectory directory, SubCommands subCommands, Messages messages) {
        this.directory = directory;
        this.subCommands = subCommands;
        this.messages = messages;
    }

    @Override
    public Reply to(SubCommands.Caller caller, String value) {
        Optional<ClientChoice.Pick> pick = ClientChoice.Pick.decode(value);
        if (pick.isEmpty()) {
            return Reply.say(messages.get("action.gone"));
        }
        return directory.byId(caller.teamId(), pick.get().clientId())
                .map(client -> subCommands.run(caller, client, pick.get().verb(), pick.get().rest()))
                .orElseGet(() -> Reply.say(messages.get("action.gone")));
    }
}
