package app.delight.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.DelightExtension;
import app.delight.support.SlackMessage;
import app.delight.support.TestData;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The database going away and coming back, while the app keeps running. */
class DatabaseOutageTest {
    /** Three times the requests the app works on at once (two a processor). */
    private static final int BURST = 3 * 2 * Runtime.getRuntime().availableProcessors();

    @RegisterExtension
    static final DelightExtension delight = new DelightExtension();

    private record Answer(HttpResponse<String> response, Duration took) {
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private static Answer timed(Request request) throws Exception {
        Instant asked = Instant.now();
        HttpResponse<String> response = request.send();
        return new Answer(response, Duration.between(asked, Instant.now()));
    }

    @Test
    void commandsDuringAnOutageGetAClearAnswerInTimeAndAllWorksAgainOnceTheDatabaseIsBack() throws Exception {
        TestData.importClients(delight.app().databaseUrl(), "five-clients.csv");
        String url = delight.app().databaseUrl();
        String database = url.replaceAll(".*/([^/?]+)\\?.*", "$1");
        try (Connection admin = DriverManager.getConnection(url.replace("/" + database + "?", "/postgres?"));
             Statement sql = admin.createStatement()) {
            sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");

            // More commands at once than the app works on at once: those that wait for a turn must still be told in time.
            ExecutorService team = Executors.newFixedThreadPool(BURST);
            try {
                List<Future<Answer>> answers = new ArrayList<>();
                for (int i = 0; i < BURST; i++) {
                    answers.add(team.submit(() -> timed(() -> delight.app().slashCommand("/delight", "acme log Called about the launch"))));
                }
                for (Future<Answer> answer : answers) {
                    Answer during = answer.get(30, TimeUnit.SECONDS);
                    assertThat(during.response().statusCode()).isEqualTo(200);
                    assertThat(during.took()).isLessThan(Duration.ofSeconds(3));
                    assertThat(SlackMessage.parse(during.response().body()).visibleText())
                            .contains("temporarily unavailable", "Nothing was saved");
                }
            } finally {
                team.shutdownNow();
            }
            assertThat(delight.app().get("/healthz").statusCode()).isEqualTo(503);

            sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }
        Instant deadline = Instant.now().plusSeconds(15);
        String after;
        do {
            after = SlackMessage.parse(delight.app().slashCommand("/delight", "acme log Called again").body()).visibleText();
        } while (after.contains("temporarily unavailable") && Instant.now().isBefore(deadline));

        assertThat(after).contains("Logged a touchpoint with *Acme Corp*: Called again");
        assertThat(delight.app().get("/healthz").statusCode()).isEqualTo(200);
        assertThat(TestData.query(url, "SELECT text FROM touchpoints")).containsExactly("Called again");
    }
}
