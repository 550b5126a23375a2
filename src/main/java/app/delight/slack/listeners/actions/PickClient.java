package app.delight.slack.listeners.actions;

import app.delight.blocks.ActionIds;
import app.delight.blocks.ClientChoice;
import app.delight.blocks.Reply;
import app.delight.clients.Caller;
import app.delight.slack.Collaborators;
import com.slack.api.bolt.App;
import java.util.Optional;
import java.util.regex.Pattern;

/** The user picked one of several matching clients: run the pending sub-command for it, in place of the list. */
public final class PickClient implements ReplaceOnClick.Answer {
    private final Collaborators with;

    public PickClient(Collaborators with) {
        this.with = with;
    }

    public void register(App app) {
        app.blockAction(Pattern.compile(ActionIds.PICK_CLIENT + "_\\d+"), new ReplaceOnClick(with, this));
    }

    @Override
    public Reply to(Caller caller, String value) {
        Optional<ClientChoice.Pick> pick = ClientChoice.Pick.decode(value);
        if (pick.isEmpty()) {
            return Reply.say(with.messages().get("action.gone"));
        }
        return with.directory().byId(caller.teamId(), pick.get().clientId())
                .map(client -> with.subCommands().run(caller, client, pick.get().verb(), pick.get().rest()))
                .orElseGet(() -> Reply.say(with.messages().get("action.gone")));
    }
}
