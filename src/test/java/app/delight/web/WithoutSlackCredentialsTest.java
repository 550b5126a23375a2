package app.delight.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.serve.Delight;
import app.delight.config.Settings;
import app.delight.support.SlackSigner;
import app.delight.support.TestPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code serve} with no Slack credentials still runs, and trusts no request claiming to be Slack. */
class WithoutSlackCredentialsTest {

    @Test
    void servesHealthButRefusesEverySlackRequest() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Settings settings = Settings.fromEnvironment(Map.of(
                "DATABASE_URL", TestPostgres.newDatabase("without_slack"), "PORT", String.valueOf(port)));
        HttpClient http = HttpClient.newHttpClient();
        try (Delight delight = Delight.start(settings, Clock.systemUTC())) {
            URI base = URI.create("http://127.0.0.1:" + delight.port());
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = "command=%2Fdelight&text=help&team_id=T1&user_id=U1";
            long now = Instant.now().getEpochSecond();
            HttpResponse<String> slack = http.send(HttpRequest.newBuilder(base.resolve("/slack/events"))
                    .header("X-Slack-Request-Timestamp", String.valueOf(now))
                    .header("X-Slack-Signature", new SlackSigner("anything").sign(now, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(slack.statusCode()).isEqualTo(401);
        }
    }
}
