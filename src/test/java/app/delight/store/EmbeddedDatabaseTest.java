package app.delight.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.cli.RootCommand;
import app.delight.config.Settings;
import app.delight.domain.Client;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With no DATABASE_URL the app keeps its own PostgreSQL in DELIGHT_DATA_DIR, and it survives a restart. */
class EmbeddedDatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void clientsImportedIntoTheEmbeddedDatabaseAreStillThereAfterARestart() throws URISyntaxException {
        Map<String, String> env = Map.of("DELIGHT_DATA_DIR", dataDir.toString());
        Path csv = Path.of(Objects.requireNonNull(getClass().getResource("/clients/five-clients.csv")).toURI());

        int exit = RootCommand.commandLine(env, Clock.systemUTC()).execute("import", "clients", csv.toString());

        assertThat(exit).isZero();
        try (Database reopened = Database.open(Settings.fromEnvironment(env))) {
            List<Client> clients = reopened.jdbi().withHandle(handle -> new ClientRepository(handle).all(Workspaces.LOCAL));
            assertThat(clients).hasSize(5);
            assertThat(reopened.isReachable()).isTrue();
        }
    }
}
