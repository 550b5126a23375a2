package app.delight.slack.listeners.actions;

import app.delight.blocks.ActionIds;
import app.delight.blocks.PastDateQuestion;
import app.delight.blocks.Reply;
import app.delight.clients.Caller;
import app.delight.slack.Collaborators;
import com.slack.api.bolt.App;
import java.util.Optional;

/** The user chose the date of a follow-up typed with a date in the past: save it, in place of the question. */
public final class ConfirmPastDate implements ReplaceOnClick.Answer {
    private final Collaborators with;

    public ConfirmPastDate(Collaborators with) {
        this.with = with;
    }

    public void register(App app) {
        ReplaceOnClick onClick = new ReplaceOnClick(with, this);
        app.blockAction(ActionIds.PAST_DATE_TAKE, onClick);
        app.blockAction(ActionIds.PAST_DATE_KEEP, onClick);
    }

    @Override
    public Reply to(Caller caller, String value) {
        Optional<PastDateQuestion.Pending> pending = PastDateQuestion.Pending.decode(value);
        return pending.flatMap(followUp -> with.directory().byId(caller.teamId(), followUp.clientId())
                        .map(client -> with.subCommands().addFollowUp(caller, client, followUp.text(), followUp.due())))
                .orElseGet(() -> Reply.say(with.messages().get("action.gone")));
    }
}
