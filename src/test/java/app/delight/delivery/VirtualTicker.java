package app.delight.delivery;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.RejectedExecutionException;

/**
 * A ticker whose time moves only from one task to the next: the tasks run one at a time, in the
 * order they are due, each at the very instant it was due on this clock, however little real time
 * passed. A post due 200 ms after another runs at exactly that instant, at once.
 */
final class VirtualTicker implements Ticker {
    private record Task(long due, long order, Runnable body) {
    }

    private final PriorityQueue<Task> waiting = new PriorityQueue<>(
            Comparator.comparingLong(Task::due).thenComparingLong(Task::order));
    private long now;
    private long scheduled;
    private boolean closed;

    VirtualTicker() {
        Thread runner = new Thread(this::runTasks, "virtual-ticker");
        runner.setDaemon(true);
        runner.start();
    }

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    /** Now on this clock, in milliseconds since it started. */
    long millis() {
        return nanoTime() / 1_000_000;
    }

    @Override
    public synchronized void schedule(Runnable task, long delayNanos) {
        if (closed) {
            throw new RejectedExecutionException("the ticker is closed");
        }
        waiting.add(new Task(now + Math.max(delayNanos, 0), scheduled++, task));
        notifyAll();
    }

    @Override
    public synchronized void close() {
        closed = true;
        waiting.clear();
        notifyAll();
    }

    private void runTasks() {
        while (true) {
            Task next;
            synchronized (this) {
                while (!closed && waiting.isEmpty()) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                next = waiting.poll();
                now = Math.max(now, next.due());
            }
            next.body().run();
        }
    }
}
