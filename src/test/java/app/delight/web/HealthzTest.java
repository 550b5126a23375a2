package app.delight.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.support.DelightExtension;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /healthz} follows the database: 200 while it answers, 503 while it does not. */
class HealthzTest {
    @RegisterExtension
    static final DelightExtension delight = new DelightExtension();

    @Test
    void answers200WhileTheDatabaseIsReachableAnd503WhileItIsNot() throws Exception {
        HttpResponse<String> up = delight.app().get("/healthz");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("\"database\":\"up\"");

        String database = delight.app().databaseUrl().replaceAll(".*/([^/?]+)\\?.*", "$1");
        String admin = delight.app().databaseUrl().replace("/" + database + "?", "/postgres?");
        try (Connection connection = DriverManager.getConnection(admin); Statement sql = connection.createStatement()) {
            sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            HttpResponse<String> down = delight.app().get("/healthz");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"database\":\"down\"");

            sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }
        assertThat(statusWithin(Duration.ofSeconds(10), 200)).isEqualTo(200);
    }

    /** The status once it is the expected one, or the last seen when the time is up. */
    private static int statusWithin(Duration limit, int expected) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        int status;
        do {
            status = delight.app().get("/healthz").statusCode();
        } while (status != expected && Instant.now().isBefore(deadline));
        return status;
    }
}
