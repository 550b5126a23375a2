package app.delight.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.config.DatabaseUrl;
import app.delight.domain.Client;
import app.delight.domain.Stage;
import app.delight.domain.Touchpoint;
import app.delight.support.TestPostgres;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clients imported before the app knew its Slack workspace are handed to that workspace once it is known. */
class WorkspacesTest {
    private Database database;

    @BeforeEach
    void open() {
        database = Database.connect(DatabaseUrl.parse("DATABASE_URL", TestPostgres.newDatabase("workspaces")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Client client(String name) {
        return new Client(Client.NEW, name, List.of(), null, List.of(), "general", Stage.ACTIVE, null, null, BigDecimal.ONE, null);
    }

    @Test
    void localClientsAndTheirHistoryMoveToTheWorkspace() {
        long id = database.jdbi().withHandle(handle -> new ClientRepository(handle).insert(Workspaces.LOCAL, client("Acme")).id());
        database.jdbi().useHandle(handle -> new HistoryRepository(handle).addTouchpoint(Workspaces.LOCAL, id, "U1", "Hi", Instant.now()));

        int moved = new Workspaces(database.store()).adoptLocalData("T0REAL0001");

        assertThat(moved).isEqualTo(1);
        assertThat(touchpoints("T0REAL0001", id)).hasSize(1);
        assertThat(clients(Workspaces.LOCAL)).isEmpty();
    }

    @Test
    void nothingMovesWhenANameWouldClash() {
        database.jdbi().useHandle(handle -> {
            new ClientRepository(handle).insert(Workspaces.LOCAL, client("Acme"));
            new ClientRepository(handle).insert("T0REAL0001", client("ACME"));
        });

        assertThat(new Workspaces(database.store()).adoptLocalData("T0REAL0001")).isZero();
        assertThat(clients(Workspaces.LOCAL)).hasSize(1);
    }

    private List<Client> clients(String team) {
        return database.jdbi().withHandle(handle -> new ClientRepository(handle).all(team));
    }

    private List<Touchpoint> touchpoints(String team, long clientId) {
        return database.jdbi().withHandle(handle -> new HistoryRepository(handle).recentTouchpoints(team, clientId, 5));
    }
}
