package app.delight.delivery;

import java.util.Optional;

/**
 * How {@link Delivery} tells its caller (the outbox) what happens to each message, as it happens.
 *
 * <p>Callbacks for one channel come one after another, in the batch's order, from the
 * delivery's worker threads; callbacks for different channels may run at the same time, so an
 * implementation must be thread-safe. Every method has a harmless default.
 *
 * <p>For each message: either {@code claim} answers empty and nothing else follows, or
 * {@code claim} answers the message to post, then zero or more {@code retried}, then exactly one of
 * {@code sent} or {@code failed} (unless the delivery is interrupted or closed first).
 */
public interface DeliveryListener {

    /** A listener that claims everything and ignores the rest. */
    DeliveryListener NONE = new DeliveryListener() {
    };

    /**
     * Called immediately before the first attempt to post {@code message} (the channel's pace
     * already allows it), so the outbox can mark its row "sending" just in time, and read its
     * content only now: a day's thousands of digests are not all held in memory at once.
     *
     * @return the message to post: {@code message} itself, or it with its content read; empty to
     *         skip it without posting (another instance took it)
     */
    default Optional<Outgoing> claim(Outgoing message) {
        return Optional.of(message);
    }

    /** Slack took the message; {@code ts} is its timestamp id. */
    default void sent(Outgoing message, String ts) {
    }

    /** The message was given up: a permanent error, or transient ones until attempts ran out. */
    default void failed(Outgoing message, String error, String hint) {
    }

    /** An attempt failed with {@code why} (rate limit or transient error); the same message will be tried again. */
    default void retried(Outgoing message, PostResult why) {
    }
}
