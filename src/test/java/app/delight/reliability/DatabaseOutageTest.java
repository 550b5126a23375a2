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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The database going away and coming back, while the app keeps running. */
class DatabaseOutageTest {
    @RegisterExtension
    static final DelightExtension delight = new DelightExtension();

    @Test
    void aCommandDuringAnOutageGetsAClearAnswerInTimeAndAllWorksAgainOnceTheDatabaseIsBack() throws Exception {
        TestData.importClients(delight.app().databaseUrl(), "five-clients.csv");
        String url = delight.app().databaseUrl();
        String database = url.replaceAll(".*/([^/?]+)\\?.*", "$1");
        try (Connection admin = DriverManager.getConnection(url.replace("/" + database + "?", "/postgres?"));
             Statement sql = admin.createStatement()) {
            sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");

            Instant asked = Instant.now();
            HttpResponse<String> during = delight.app().slashCommand("/delight", "acme log Called about the launch");
            Duration took = Duration.between(asked, Instant.now());

            assertThat(during.statusCode()).isEqualTo(200);
            assertThat(took).isLessThan(Duration.ofSeconds(3));
            assertThat(SlackMessage.parse(during.body()).visibleText()).contains("temporarily unavailable", "Nothing was saved");
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
