package app.delight.delivery;

import java.time.Duration;

/**
 * The outcome of one {@link Delivery#deliver} call.
 *
 * @param sent        messages Slack took
 * @param failed      messages given up
 * @param skipped     messages whose claim was refused (or could not be made)
 * @param retries     attempts that were followed by another attempt of the same message, for
 *                    any reason (rate limits included)
 * @param rateLimited attempts Slack answered with a rate limit (a subset of {@code retries})
 * @param wallTime    how long the call took
 */
public record DeliveryReport(int sent, int failed, int skipped, int retries, int rateLimited, Duration wallTime) {

    /** Messages that reached a final state. */
    public int settled() {
        return sent + failed + skipped;
    }
}
