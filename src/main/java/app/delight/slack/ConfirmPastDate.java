package app.delight.slack;

import app.delight.clients.ClientDirectory;
import app.delight.i18n.Messages;
import java.util.Optional;

/** The user chose the date of a follow-up typed with a date in the past: save it, in place of the question. */
public final class ConfirmPastDate implements ReplaceOnClick.Answer {
    private final ClientDirectory directory;
    private final SubCommands subCommands;
    private final Messages messages;

    public ConfirmPastDate(ClientDirectory directory, SubCommands subCommands, Messages messages) {
        this.directory = directory;
        this.subCommands = subCommands;
        this.messages = messages;
    }

    @Override
    public Reply to(SubCommands.Caller caller, String value) {
        Optional<PastDateQuestion.Pending> pending = PastDateQuestion.Pending.decode(value);
        return pending.flatMap(followUp -> directory.byId(caller.teamId(), followUp.clientId())
                        .map(client -> subCommands.confirmWithCard(caller, client,
                                subCommands.addFollowUp(caller, client, followUp.text(), followUp.due()))))
                .orElseGet(() -> Reply.say(messages.get("action.gone")));
    }
}
