package app.delight.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.CapturedLogs;
import app.delight.support.DelightExtension;
import app.delight.support.RunningDelight;
import app.delight.support.SlackSigner;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Slack retries an event it thinks we missed; the same event is handled once. */
class SlackRetriesTest {
    @RegisterExtension
    static final DelightExtension delight = new DelightExtension();

    private static int post(String body, String retryNum) throws Exception {
        long now = Instant.now().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(delight.app().uri("/slack/events"))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", String.valueOf(now))
                .header("X-Slack-Signature", new SlackSigner(RunningDelight.SIGNING_SECRET).sign(now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (retryNum != null) {
            request.header("X-Slack-Retry-Num", retryNum).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aRetriedEventIsAcknowledgedButProcessedOnce() throws Exception {
        String event = delight.app().homeOpenedBody(RunningDelight.TEAM_ID, "U0TEST0001", "home");
        String eventId = new ObjectMapper().readTree(event).path("event_id").asText();

        List<String> dropped;
        try (CapturedLogs logs = CapturedLogs.start()) {
            assertThat(post(event, null)).isEqualTo(200);
            delight.slack().awaitCall("views.publish", Duration.ofSeconds(5));
            assertThat(post(event, "1")).isEqualTo(200);
            assertThat(post(event, "2")).isEqualTo(200);
            // Dropped before the answer, so already logged: nothing left to wait for.
            dropped = logs.lines().stream().filter(line -> line.startsWith("Dropped a repeated delivery of event " + eventId)).toList();
        }

        assertThat(dropped).hasSize(2);
        assertThat(delight.slack().calls("views.publish")).hasSize(1);
    }
}
