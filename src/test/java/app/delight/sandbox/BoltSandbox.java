package app.delight.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.cli.RootCommand;
import app.delight.serve.Delight;
import app.delight.config.Settings;
import app.delight.support.TestPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The whole app started in sandbox mode (no Slack credentials), on a free port, with three clients
 * of its own (one whose name is markup, to prove it is only ever shown as text).
 */
final class BoltSandbox implements AutoCloseable {
    static final String CLIENTS = "name,aliases,channel,owners,industry,stage,start_date,renewal_date,monthly_revenue,timezone\n"
            + "Acme Corp,acme,C0ACME001,U0SANDBOX1,retail,active,2025-03-01,2026-04-15,12000,America/New_York\n"
            + "Globex,,,U0SANDBOX1,saas,onboarding,2026-02-01,,3000,\n"
            + "\"Tom & <b>Jerry</b> <img src=x onerror=alert(1)>\",tom,,U0SANDBOX1,general,active,2024-01-01,,500,\n";

    final SandboxConversation conversation;
    private final Delight delight;

    private BoltSandbox(Delight delight) {
        this.delight = delight;
        this.conversation = delight.sandboxConversation().orElseThrow();
    }

    static BoltSandbox start(Class<?> test, Clock clock, Path dir) throws Exception {
        String databaseUrl = TestPostgres.newDatabase(test.getSimpleName());
        Path csv = dir.resolve("clients.csv");
        Files.writeString(csv, CLIENTS);
        assertThat(RootCommand.commandLine(Map.of("DATABASE_URL", databaseUrl), clock)
                .execute("import", "clients", csv.toString(), "--team", Sandbox.TEAM_ID)).isZero();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // The scheduler ticks on the real clock but asks the test's fixed clock what is due, so with the
        // default 09:00 its first tick sends the day's digests before a test asks for them. At 23:59 a
        // client is due only in the minute its local time reads 23:59 (a missed nudge is made up only
        // before 18:00): the tests' fixed instants are never that minute anywhere they use.
        Settings settings = Settings.fromEnvironment(Map.of("DATABASE_URL", databaseUrl, "PORT", String.valueOf(port),
                "DELIGHT_NUDGE_TIME", "23:59"));
        return new BoltSandbox(Delight.start(settings, clock));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + delight.port() + path);
    }

    @Override
    public void close() {
        delight.close();
    }
}
