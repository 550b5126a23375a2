package app.delight.delivery;

import java.time.Duration;
import java.util.Objects;

/** What became of one attempt to post one message. */
public sealed interface PostResult {

    /** Slack took it; {@code ts} identifies the message in its channel. */
    record Sent(String ts) implements PostResult {
    }

    /** Slack refused it for now (HTTP 429 or {@code ratelimited}): try the same message again after {@code retryAfter}. */
    record RateLimited(Duration retryAfter) implements PostResult {
        public RateLimited {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative()) {
                retryAfter = Duration.ZERO;
            }
        }
    }

    /** A failure that may pass (network, HTTP 5xx, Slack's internal errors): worth retrying later. */
    record Transient(String reason) implements PostResult {
    }

    /**
     * A failure retrying cannot fix (the bot is not in the channel, the token was revoked, the
     * message is invalid…): {@code error} is Slack's error code, {@code hint} what a person can do.
     */
    record Permanent(String error, String hint) implements PostResult {
    }
}
