package app.delight.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

/**
 * Lets only a few verified Slack requests do their work at once, the others waiting their turn in
 * arrival order. A command is a few milliseconds of CPU around two database round trips: past a
 * handful at once they only take CPU time slices and pooled connections from each other, so under
 * a burst every answer comes later and the slowest far later (measured by the command benchmark:
 * 64 senders on 2 cores). {@code /healthz} and {@code /metrics} are not behind it, so they answer
 * even while commands queue.
 *
 * <p>A request waits for its turn half a second at most, then goes ahead anyway: Slack gives up at 3
 * seconds, and a request that can no longer be answered in time helps nobody by waiting on. That
 * matters while the database is away, when every command holds its turn for the pool's timeout.
 */
public final class SlackWorkLimit extends StatelessFilter {
    private static final Duration LONGEST_WAIT = Duration.ofMillis(500);

    private final Semaphore turns;
    private final Duration longestWait;

    /**
     * Two requests a processor, one computing while another waits on the database, and never more
     * than the pool has connections. What that gains over Jetty's 200 threads all at work is measured
     * by the command benchmark; its figures are in the README (Performance).
     */
    public static SlackWorkLimit twoPerProcessor(int poolConnections) {
        return new SlackWorkLimit(Math.min(2 * Runtime.getRuntime().availableProcessors(), poolConnections), LONGEST_WAIT);
    }

    /**
     * @param atOnce      how many requests may work at once; the rest wait in order
     * @param longestWait how long a request waits for its turn before it goes ahead without one
     */
    public SlackWorkLimit(int atOnce, Duration longestWait) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one request must be able to work, got " + atOnce);
        }
        this.turns = new Semaphore(atOnce, true);
        this.longestWait = longestWait;
    }

    /** Requests waiting for their turn now: a queue that keeps growing means more load than the app can take. */
    public int waiting() {
        return turns.getQueueLength();
    }


    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        boolean turn;
        try {
            turn = turns.tryAcquire(longestWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("stopped while waiting for a turn", e);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (turn) {
                turns.release();
            }
        }
    }
}
