package app.delight.blocks;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.Incident;
import app.delight.domain.NpsAnswer;
import app.delight.domain.Struggle;
import app.delight.domain.Touchpoint;
import app.delight.i18n.Messages;

/** What the one who recorded something is told once it is stored, the same whether typed or entered in a modal. */
public final class Confirmations {
    private final Messages messages;

    public Confirmations(Messages messages) {
        this.messages = messages;
    }

    public String touchpoint(Client client, Touchpoint touchpoint) {
        return messages.get("logged.touchpoint", Mrkdwn.escape(client.name()), Mrkdwn.escape(touchpoint.text()));
    }

    public String followUp(Client client, FollowUp followUp) {
        String name = Mrkdwn.escape(client.name());
        return followUp.dueOn() == null ? messages.get("logged.followUpNoDate", name, Mrkdwn.escape(followUp.text()))
                : messages.get("logged.followUp", name, followUp.dueOn(), Mrkdwn.escape(followUp.text()));
    }

    public String struggle(Client client, Struggle struggle) {
        return messages.get("logged.struggle", Mrkdwn.escape(client.name()), Mrkdwn.escape(struggle.text()));
    }

    /** A detractor's answer also says that the owners and the managers were alerted. */
    public String nps(Client client, NpsAnswer answer) {
        String confirmation = messages.get("logged.nps", Mrkdwn.escape(client.name()), answer.score());
        return answer.isDetractor() ? confirmation + " " + messages.get("logged.detractor") : confirmation;
    }

    public String freeWork(Client client, FreeWork work) {
        return messages.get("logged.free", Mrkdwn.escape(client.name()), work.hours(),
                messages.get("logged.free." + work.kind().code()), Mrkdwn.escape(work.text()));
    }

    /** The incident's text is not repeated: only managers read it. */
    public String incident(Client client, Incident incident) {
        return messages.get("logged.incident", Mrkdwn.escape(client.name()));
    }
}
