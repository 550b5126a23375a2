package app.delight.sandbox;

import app.delight.web.RequestSignature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts what the page's user did to the app's own {@code /slack/events}, signed with the sandbox's
 * secret exactly as Slack signs its requests, so it goes through the same guard and Bolt handlers.
 * A failure, or an answer slower than Slack would wait for, is told on the page.
 */
final class SignedForwarder {
    private static final Logger log = LoggerFactory.getLogger(SignedForwarder.class);
    /** Slack gives up on an app that has not answered in three seconds. */
    static final Duration SLACK_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(30);

    /** What the app answered a forwarded request. */
    record Answer(int status, String body, Optional<JsonNode> json) {
    }

    private final SandboxConversation conversation;
    private final Supplier<URI> appBase;
    private final RequestSignature signer;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SignedForwarder(SandboxConversation conversation, Supplier<URI> appBase, RequestSignature signer, Clock clock) {
        this.conversation = conversation;
        this.appBase = appBase;
        this.signer = signer;
        this.clock = clock;
    }

    /** @return what the app answered; empty when it did not accept the request (and the page says why) */
    Optional<Answer> forward(String body, String contentType, String what) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(Sandbox.base(appBase.get()).resolve("slack/events"))
                .timeout(FORWARD_TIMEOUT)
                .header("Content-Type", contentType)
                .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signer.sign(timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("The sandbox could not reach the app for {}: {}", what, e.toString());
            conversation.error("The app did not answer " + what + " (" + e.getClass().getSimpleName() + ").");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            conversation.error("Interrupted while waiting for the app to answer " + what + ".");
            return Optional.empty();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (answer.statusCode() / 100 != 2) {
            log.warn("The app answered {} with HTTP {}", what, answer.statusCode());
            conversation.error("The app answered " + what + " with HTTP " + answer.statusCode()
                    + (answer.body().isBlank() ? "" : ": " + abbreviate(answer.body())));
            return Optional.empty();
        }
        if (took.compareTo(SLACK_TIMEOUT) > 0) {
            conversation.error(String.format(Locale.ROOT, "The app took %.1f s to answer %s; Slack gives up after 3 s "
                    + "and would have shown an error instead of the answer.", took.toMillis() / 1000.0, what));
        }
        return Optional.of(new Answer(answer.statusCode(), answer.body(), json(answer)));
    }

    private static Optional<JsonNode> json(HttpResponse<String> answer) {
        String body = answer.body();
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode parsed = Http.JSON.readTree(body);
            return parsed != null && parsed.isObject() ? Optional.of(parsed) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }
}
