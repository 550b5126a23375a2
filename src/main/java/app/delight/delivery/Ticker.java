package app.delight.delivery;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where {@link Delivery} takes its time from: now, and running a task once a wait is over. The
 * system's clock and a pool of threads in the app; a clock of its own in tests, so that the pace
 * between posts is asserted exactly and without waiting for it.
 */
public interface Ticker extends AutoCloseable {
    /** Now, in nanoseconds from an arbitrary origin, as {@link System#nanoTime()}. */
    long nanoTime();

    /**
     * Runs {@code task} once {@code delayNanos} have passed (at once for zero or less).
     *
     * @throws RejectedExecutionException once closed
     */
    void schedule(Runnable task, long delayNanos);

    /** Runs nothing more; a task running now may finish. */
    @Override
    void close();

    /** The system's clock, and {@code threads} daemon threads to run tasks on: the most posts in flight at once. */
    static Ticker system(int threads) {
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(threads, task -> {
            Thread thread = new Thread(task, "delight-delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void schedule(Runnable task, long delayNanos) {
                executor.schedule(task, Math.max(delayNanos, 0), TimeUnit.NANOSECONDS);
            }

            @Override
            public void close() {
                executor.shutdownNow();
            }
        };
    }
}
