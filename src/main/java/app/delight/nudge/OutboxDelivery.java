package app.delight.nudge;

import app.delight.blocks.DigestMessage;
import app.delight.blocks.Reply;
import app.delight.delivery.Delivery;
import app.delight.delivery.DeliveryListener;
import app.delight.delivery.DeliveryReport;
import app.delight.delivery.Outgoing;
import app.delight.delivery.PostResult;
import app.delight.metrics.Metrics;
import app.delight.store.Store;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the outbox's pending rows through the rate-aware delivery, and writes each outcome back as
 * it happens: claimed ("sending") just before the first attempt, then sent with the message's ts,
 * or failed with the error and a hint. A row another instance claimed first is skipped.
 */
public final class OutboxDelivery {
    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    /** Far longer than a post takes, even waiting out rate limits and backing off: its claimer is gone. */
    static final Duration ABANDONED_CLAIM = Duration.ofMinutes(10);

    private final Store store;
    private final Delivery delivery;
    private final Metrics metrics;

    public OutboxDelivery(Store store, Delivery delivery, Metrics metrics) {
        this.store = store;
        this.delivery = delivery;
        this.metrics = metrics;
    }

    public DeliveryReport deliverPending() {
        int abandoned = store.withConnection(repositories -> repositories.outbox().giveUpClaimsOlderThan(ABANDONED_CLAIM));
        if (abandoned > 0) {
            log.warn("Gave up {} nudges claimed by an instance that stopped mid-post (at most once: not posted again)", abandoned);
        }
        // Ids and channels only: each message is read when its turn comes, not a day's thousands at once.
        List<Outgoing> messages = store.withConnection(repositories -> repositories.outbox().pending()).stream()
                .map(pending -> Outgoing.contentReadWhenClaimed(pending.id(), pending.recipient()))
                .toList();
        return delivery.deliver(messages, new DeliveryListener() {
            @Override
            public Optional<Outgoing> claim(Outgoing message) {
                return store.withConnection(repositories -> repositories.outbox().claim(message.id()))
                        .map(json -> withContent(message, json));
            }

            @Override
            public void sent(Outgoing message, String ts) {
                store.useConnection(repositories -> repositories.outbox().markSent(message.id(), ts));
                metrics.nudgeSent();
            }

            @Override
            public void retried(Outgoing message, PostResult why) {
                metrics.nudgeRetried(why instanceof PostResult.RateLimited);
            }

            @Override
            public void failed(Outgoing message, String error, String hint) {
                log.warn("Gave up posting nudge {} to {}: {} ({})", message.id(), message.channel(), error, hint);
                store.useConnection(repositories -> repositories.outbox().markFailed(message.id(), error + ": " + hint));
                metrics.nudgeFailed();
            }
        });
    }

    private static Outgoing withContent(Outgoing message, String json) {
        Reply reply = DigestMessage.fromJson(json);
        return new Outgoing(message.id(), message.channel(), reply.text(), reply.blocks());
    }
}
