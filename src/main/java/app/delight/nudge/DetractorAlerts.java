package app.delight.nudge;

import app.delight.blocks.Mrkdwn;
import app.delight.clients.ClientJournal;
import app.delight.delivery.Delivery;
import app.delight.delivery.Outgoing;
import app.delight.domain.Client;
import app.delight.domain.NpsAnswer;
import app.delight.i18n.Messages;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A detractor's answer (NPS 0–6) alerts the client's owners and the managers at once, not at
 * nudge time: unhappy clients tell more people than happy ones, and a call today still helps.
 */
public final class DetractorAlerts implements ClientJournal.DetractorAlert {
    private static final AtomicLong IDS = new AtomicLong(-1);

    private final Delivery delivery;
    private final Set<String> managers;
    private final Optional<String> managersChannel;
    private final Messages messages;
    private final Executor executor;

    public DetractorAlerts(Delivery delivery, Set<String> managers, Optional<String> managersChannel, Messages messages,
            Executor executor) {
        this.delivery = delivery;
        this.managers = Set.copyOf(managers);
        this.managersChannel = managersChannel;
        this.messages = messages;
        this.executor = executor;
    }

    /** Posts the alerts in the background; the caller's answer does not wait for Slack. */
    @Override
    public void alert(Client client, NpsAnswer answer, String recordedBy) {
        String comment = answer.comment();
        String commentPart = comment == null || comment.isBlank() ? "" : messages.get("detractor.comment", Mrkdwn.escape(comment));
        String text = messages.get("detractor.alert", Mrkdwn.escape(client.name()), answer.score(), commentPart, recordedBy);
        Set<String> recipients = new LinkedHashSet<>(client.owners());
        managersChannel.ifPresentOrElse(recipients::add, () -> recipients.addAll(managers));
        executor.execute(() -> delivery.deliver(recipients.stream()
                .map(recipient -> Outgoing.text(IDS.getAndDecrement(), recipient, text))
                .toList()));
    }
}
