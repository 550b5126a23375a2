package app.delight.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Slack's answer 429 means "later", not "no": the call is made again after {@code Retry-After}, a
 * few times, so a busy workspace does not lose a redrawn card or a published Home tab. (Nudges go
 * through the delivery, which paces itself; this is for the one-off calls a click makes.)
 */
public final class RateLimitRetry {
    private static final int ATTEMPTS = 4;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    /** A trigger id lives 3 seconds, as does Slack's patience for the acknowledgement; a second is left for the call itself. */
    public static final Duration WHILE_THE_TRIGGER_LIVES = Duration.ofSeconds(2);

    @FunctionalInterface
    public interface Call<T> {
        T call() throws IOException, SlackApiException;
    }

    private RateLimitRetry() {
    }

    /** A Web API method: the sync client throws on 429. */
    public static <T> T method(Call<T> call) throws IOException, SlackApiException {
        return methodWithin(Duration.ofDays(1), call);
    }

    /**
     * The same, made again only while the wait ends within {@code budget} of the first attempt: for
     * {@code views.open}, called before the acknowledgement with a trigger id that lives 3 seconds,
     * a later retry would hold the acknowledgement past Slack's limit to open nothing.
     */
    public static <T> T methodWithin(Duration budget, Call<T> call) throws IOException, SlackApiException {
        long deadline = System.nanoTime() + budget.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (SlackApiException e) {
                Duration wait = waitFor(Optional.ofNullable(e.getResponse().header("Retry-After")));
                if (e.getResponse().code() != 429 || attempt == ATTEMPTS || System.nanoTime() + wait.toNanos() > deadline) {
                    throw e;
                }
                sleep(wait);
            }
        }
    }

    /** A post to a {@code response_url}: its answer carries the 429. */
    public static WebhookResponse responseUrl(Call<WebhookResponse> call) throws IOException, SlackApiException {
        for (int attempt = 1; ; attempt++) {
            WebhookResponse response = call.call();
            if (response.getCode() == null || response.getCode() != 429 || attempt == ATTEMPTS) {
                return response;
            }
            sleep(waitFor(header(response.getHeaders(), "Retry-After")));
        }
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        return headers == null ? Optional.empty() : headers.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
                .map(entry -> entry.getValue().get(0))
                .findFirst();
    }

    /** What Slack asked for, at least a second and at most {@link #LONGEST_WAIT}. */
    private static Duration waitFor(Optional<String> retryAfter) {
        long seconds = retryAfter.map(value -> {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                return 1L;
            }
        }).orElse(1L);
        Duration asked = Duration.ofSeconds(Math.max(1, seconds));
        return asked.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : asked;
    }

    private static void sleep(Duration wait) throws IOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting out a rate limit", e);
        }
    }
}
