package app.delight.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.serve.Delight;
import app.delight.config.Settings;
import app.delight.support.TestPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code serve} with no Slack credentials and an empty database: the sandbox, with the demo's story in it. */
class SandboxDemoTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSandboxStartsWithTheDemoClientsAndAnswersDelightAcmeWithACard() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Settings settings = Settings.fromEnvironment(Map.of("DATABASE_URL", TestPostgres.newDatabase("sandbox_demo"),
                "PORT", String.valueOf(port)));
        HttpClient http = HttpClient.newHttpClient();
        try (Delight delight = Delight.start(settings, Clock.systemUTC())) {
            URI base = URI.create("http://127.0.0.1:" + delight.port());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/sandbox/command"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"/delight acme\"}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("composer");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode events = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/sandbox/events?since=0")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(events.toString()).contains("Acme Corp", "prompt_done");
        }
    }
}
