package app.delight.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers batches of Slack messages within Slack's limits, never dropping, doubling or
 * reordering one within its channel.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>One post at a time per channel, the next one no sooner than {@link Options#perChannelInterval()}
 *       after the previous one's <em>answer</em> (Slack counts arrivals, which we cannot see; counting
 *       from the answer guarantees the spacing at Slack's end whatever the network latency).</li>
 *   <li>{@link PostResult.RateLimited}: the same message is tried again after {@code Retry-After}
 *       (and the channel interval); rate limits never exhaust the attempts, nothing is dropped.</li>
 *   <li>{@link PostResult.Transient}: retried after {@code backoffBase × 2^(n-1)} (capped by
 *       {@code backoffCap}); after {@code maxAttempts} transient failures of one message it is given up.</li>
 *   <li>{@link PostResult.Permanent}: given up at once, with a WARN naming channel, error and hint.</li>
 *   <li>A message given up does not hold back the rest of its channel.</li>
 * </ul>
 *
 * <h2>Threads</h2>
 * A {@code Delivery} owns a {@link Ticker}, by default {@link Ticker#system} with
 * {@link Options#workers()} daemon threads; {@link #close()} shuts it down. Each channel of a
 * batch is a queue (a <em>lane</em>) with at most one task scheduled or running at any time, so
 * callbacks for one channel are sequential and in order. A lane runs until it must wait (pace,
 * {@code Retry-After}, backoff), then schedules itself for {@code max(now, last answer + interval,
 * retry time)} and frees the thread: no thread sleeps while another channel could proceed. The
 * only blocking is the HTTP call itself, so the pool size bounds concurrent posts.
 *
 * <p>The per-channel pace is shared by every batch of this {@code Delivery}, so consecutive or
 * concurrent {@link #deliver} calls touching the same channel stay paced too (order is only
 * guaranteed within one batch). Thread-safe.
 *
 * <p>Not handled here: Slack's workspace-wide cap on {@code chat.postMessage} (several hundred a
 * minute); hitting it shows up as rate limits, which are honoured per channel.
 */
public final class Delivery implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    /** Above this many remembered channels, those whose pace no longer matters are forgotten. */
    private static final int PACE_PRUNE_THRESHOLD = 10_000;

    /**
     * Tunables.
     *
     * @param perChannelInterval least time from a post's answer to the next post to that channel
     * @param workers            threads, i.e. posts in flight at once
     * @param maxAttempts        attempts per message when they fail transiently (rate limits do not count)
     * @param backoffBase        wait after the first transient failure; doubles each time
     * @param backoffCap         longest wait between transient retries
     */
    public record Options(Duration perChannelInterval, int workers, int maxAttempts,
                          Duration backoffBase, Duration backoffCap) {

        public Options {
            requireNotNegative(perChannelInterval, "perChannelInterval");
            requireNotNegative(backoffBase, "backoffBase");
            requireNotNegative(backoffCap, "backoffCap");
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be at least 1: " + workers);
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
            }
        }

        /** 1 s per channel, 16 workers, 5 attempts, backoff 1 s, 2 s, 4 s… capped at 30 s. */
        public static Options defaults() {
            return new Options(Duration.ofSeconds(1), 16, 5, Duration.ofSeconds(1), Duration.ofSeconds(30));
        }

        public Options withPerChannelInterval(Duration interval) {
            return new Options(interval, workers, maxAttempts, backoffBase, backoffCap);
        }

        public Options withWorkers(int count) {
            return new Options(perChannelInterval, count, maxAttempts, backoffBase, backoffCap);
        }

        public Options withMaxAttempts(int attempts) {
            return new Options(perChannelInterval, workers, attempts, backoffBase, backoffCap);
        }

        public Options withBackoff(Duration base, Duration cap) {
            return new Options(perChannelInterval, workers, maxAttempts, base, cap);
        }

        /** The wait after the {@code failures}-th transient failure of one message (1-based). */
        Duration backoff(int failures) {
            int shift = Math.min(Math.max(failures - 1, 0), 30);
            Duration delay = backoffBase.multipliedBy(1L << shift);
            return delay.compareTo(backoffCap) > 0 ? backoffCap : delay;
        }

        private static void requireNotNegative(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + duration);
            }
        }
    }

    private final Poster poster;
    private final Options options;
    private final Ticker ticker;
    /** Channel → earliest {@link Ticker#nanoTime()} of its next post, across batches. */
    private final ConcurrentHashMap<String, Long> nextPostNanos = new ConcurrentHashMap<>();
    private final Set<Batch> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public Delivery(Poster poster) {
        this(poster, Options.defaults());
    }

    public Delivery(Poster poster, Options options) {
        this(poster, options, Ticker.system(options.workers()));
    }

    /** @param ticker the time the pace is kept in, and what runs the posts; closed with this delivery */
    public Delivery(Poster poster, Options options, Ticker ticker) {
        this.poster = Objects.requireNonNull(poster, "poster");
        this.options = Objects.requireNonNull(options, "options");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    public Options options() {
        return options;
    }

    /**
     * Posts every message, blocking until each one is sent, failed or skipped, and reports the
     * outcome. Messages to one channel go in list order; channels proceed in parallel.
     *
     * <p>If the calling thread is interrupted (or the {@code Delivery} closed) meanwhile, no
     * further post starts; the messages not yet settled get no further callback, the report
     * counts what was settled, and the interrupt flag is set again.
     */
    public DeliveryReport deliver(List<Outgoing> messages, DeliveryListener listener) {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(listener, "listener");
        if (closed) {
            throw new IllegalStateException("this Delivery is closed");
        }
        long started = ticker.nanoTime();
        Batch batch = new Batch(listener, messages.size());
        if (messages.isEmpty()) {
            return batch.report(started, ticker.nanoTime());
        }
        Map<String, Lane> lanes = new LinkedHashMap<>();
        for (Outgoing message : messages) {
            Objects.requireNonNull(message, "message");
            lanes.computeIfAbsent(message.channel(), channel -> new Lane(batch, channel)).queue.add(message);
        }
        running.add(batch);
        try {
            for (Lane lane : lanes.values()) {
                schedule(lane, 0);
            }
            try {
                batch.done.await();
            } catch (InterruptedException e) {
                batch.cancel();
                Thread.currentThread().interrupt();
            }
        } finally {
            running.remove(batch);
        }
        return batch.report(started, ticker.nanoTime());
    }

    /** {@link #deliver(List, DeliveryListener)} with a listener that claims everything. */
    public DeliveryReport deliver(List<Outgoing> messages) {
        return deliver(messages, DeliveryListener.NONE);
    }

    /** Stops the worker threads; a {@link #deliver} still running returns with what it settled. */
    @Override
    public void close() {
        closed = true;
        for (Batch batch : running) {
            batch.cancel();
        }
        ticker.close();
    }

    // ---------------------------------------------------------------- lanes

    private void schedule(Lane lane, long delayNanos) {
        try {
            ticker.schedule(() -> run(lane), delayNanos);
        } catch (RejectedExecutionException e) {
            lane.batch.cancel(); // closed meanwhile
        }
    }

    /** Runs one lane until it has to wait or is empty. Only one thread runs a given lane at a time. */
    private void run(Lane lane) {
        try {
            while (true) {
                Outgoing message = lane.queue.peek();
                if (message == null) {
                    return;
                }
                if (lane.batch.cancelled) {
                    return;
                }
                long now = ticker.nanoTime();
                long wait = Math.max(lane.notBefore - now, nextPostNanos.getOrDefault(lane.channel, now) - now);
                if (wait > 0) {
                    schedule(lane, wait);
                    return;
                }
                if (!lane.headClaimed) {
                    Optional<Outgoing> claimed = claim(lane, message);
                    if (claimed.isEmpty()) {
                        lane.batch.skipped.incrementAndGet();
                        lane.settleHead();
                        continue;
                    }
                    message = claimed.get();
                    lane.queue.poll();
                    lane.queue.addFirst(message);
                    lane.headClaimed = true;
                }
                if (!reserve(lane.channel, ticker.nanoTime())) {
                    continue; // another batch posted to this channel meanwhile: wait for its pace
                }
                PostResult result = post(message);
                long answered = ticker.nanoTime();
                nextPostNanos.merge(lane.channel, answered + options.perChannelInterval().toNanos(), Math::max);
                handle(lane, message, result, answered);
            }
        } catch (RuntimeException | Error e) {
            // a bug here must not leave deliver() waiting forever
            log.error("delivery to channel {} stopped unexpectedly", lane.channel, e);
            lane.abandon();
        }
    }

    private void handle(Lane lane, Outgoing message, PostResult result, long answered) {
        Batch batch = lane.batch;
        if (result instanceof PostResult.Sent sent) {
            batch.sent.incrementAndGet();
            callback(() -> batch.listener.sent(message, sent.ts()), "sent", message);
            lane.settleHead();
        } else if (result instanceof PostResult.RateLimited limited) {
            batch.rateLimited.incrementAndGet();
            batch.retries.incrementAndGet();
            lane.notBefore = answered + limited.retryAfter().toNanos();
            log.debug("channel {} rate-limited; retrying message {} in {} ms",
                    lane.channel, message.id(), limited.retryAfter().toMillis());
            callback(() -> batch.listener.retried(message, limited), "retried", message);
        } else if (result instanceof PostResult.Transient failure) {
            lane.transientFailures++;
            if (lane.transientFailures >= options.maxAttempts()) {
                String hint = "Slack kept failing (" + failure.reason() + ") after "
                        + lane.transientFailures + " attempts; try again later";
                log.warn("gave up message {} to channel {} after {} attempts: {}",
                        message.id(), lane.channel, lane.transientFailures, failure.reason());
                fail(lane, message, failure.reason(), hint);
            } else {
                Duration backoff = options.backoff(lane.transientFailures);
                batch.retries.incrementAndGet();
                lane.notBefore = answered + backoff.toNanos();
                log.info("message {} to channel {} failed ({}); retrying in {} ms",
                        message.id(), lane.channel, failure.reason(), backoff.toMillis());
                callback(() -> batch.listener.retried(message, failure), "retried", message);
            }
        } else if (result instanceof PostResult.Permanent permanent) {
            log.warn("could not post message {} to channel {}: {} — {}",
                    message.id(), lane.channel, permanent.error(), permanent.hint());
            fail(lane, message, permanent.error(), permanent.hint());
        } else {
            throw new IllegalStateException("unknown result " + result);
        }
    }

    private void fail(Lane lane, Outgoing message, String error, String hint) {
        lane.batch.failed.incrementAndGet();
        callback(() -> lane.batch.listener.failed(message, error, hint), "failed", message);
        lane.settleHead();
    }

    private Optional<Outgoing> claim(Lane lane, Outgoing message) {
        try {
            Optional<Outgoing> claimed = lane.batch.listener.claim(message);
            if (claimed.isPresent() && (claimed.get().id() != message.id() || !claimed.get().channel().equals(message.channel()))) {
                throw new IllegalStateException("a claim must answer the same message (id and channel), with its content");
            }
            return claimed;
        } catch (RuntimeException e) {
            // without a claim the outbox cannot tell it is being sent: do not post it
            log.error("claiming message {} to channel {} failed; skipping it", message.id(), lane.channel, e);
            return Optional.empty();
        }
    }

    private PostResult post(Outgoing message) {
        try {
            PostResult result = poster.post(message);
            return result != null ? result : new PostResult.Transient("poster returned no result");
        } catch (RuntimeException e) {
            return new PostResult.Transient("poster failed: " + e.getClass().getSimpleName());
        }
    }

    /** Takes the channel's next slot if it is free at {@code now}; the slot lasts until the answer. */
    private boolean reserve(String channel, long now) {
        if (nextPostNanos.size() > PACE_PRUNE_THRESHOLD) {
            nextPostNanos.values().removeIf(next -> next - now < 0);
        }
        boolean[] taken = {false};
        long provisional = now + options.perChannelInterval().toNanos();
        nextPostNanos.compute(channel, (key, next) -> {
            if (next != null && next - now > 0) {
                return next;
            }
            taken[0] = true;
            return provisional;
        });
        return taken[0];
    }

    private static void callback(Runnable callback, String name, Outgoing message) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            // the post's fate is settled; a failing listener must not make us post it again
            log.error("the {} callback for message {} to channel {} failed", name, message.id(), message.channel(), e);
        }
    }

    /** The messages to one channel within one batch. Confined to one thread at a time. */
    private static final class Lane {
        final Batch batch;
        final String channel;
        final ArrayDeque<Outgoing> queue = new ArrayDeque<>();
        boolean headClaimed;
        int transientFailures;
        long notBefore = Long.MIN_VALUE / 2;

        Lane(Batch batch, String channel) {
            this.batch = batch;
            this.channel = channel;
        }

        void settleHead() {
            queue.poll();
            headClaimed = false;
            transientFailures = 0;
            notBefore = Long.MIN_VALUE / 2;
            batch.settledOne();
        }

        void abandon() {
            batch.cancel();
        }
    }

    /** One deliver() call. */
    private static final class Batch {
        final DeliveryListener listener;
        final CountDownLatch done;
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger retries = new AtomicInteger();
        final AtomicInteger rateLimited = new AtomicInteger();
        volatile boolean cancelled;

        Batch(DeliveryListener listener, int size) {
            this.listener = listener;
            this.done = new CountDownLatch(size);
        }

        void settledOne() {
            done.countDown();
        }

        void cancel() {
            cancelled = true;
            while (done.getCount() > 0) {
                done.countDown();
            }
        }

        DeliveryReport report(long startedNanos, long nowNanos) {
            return new DeliveryReport(sent.get(), failed.get(), skipped.get(), retries.get(), rateLimited.get(),
                    Duration.ofNanos(nowNanos - startedNanos));
        }
    }
}
