package app.delight.slack;

import app.delight.blocks.Reply;
import app.delight.i18n.Messages;
import app.delight.store.StoreException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a database outage into a clear answer instead of a Slack error: the user learns that
 * nothing was saved and to try again, within the connection timeout.
 */
public final class Unavailable {
    private static final Logger log = LoggerFactory.getLogger(Unavailable.class);

    private final Messages messages;

    public Unavailable(Messages messages) {
        this.messages = messages;
    }

    public Reply whenDatabaseFails(Supplier<Reply> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            if (e.unreachable()) {
                log.warn("The database did not answer: {}", e.getMessage());
            } else {
                log.error("A database statement failed", e);
            }
            return reply();
        }
    }

    public Reply reply() {
        return Reply.say(messages.get("unavailable"));
    }
}
