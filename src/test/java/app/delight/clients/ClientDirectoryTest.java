package app.delight.clients;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.config.DatabaseUrl;
import app.delight.domain.Client;
import app.delight.domain.Stage;
import app.delight.engine.ClientMatcher.Match;
import app.delight.store.ClientRepository;
import app.delight.store.Database;
import app.delight.store.Workspaces;
import app.delight.support.TestPostgres;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directory keeps each team's clients in memory; whatever changes them in the database (this
 * instance, another one, an import, plain SQL) is seen by the very next lookup.
 */
class ClientDirectoryTest {
    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.connect(DatabaseUrl.parse("DATABASE_URL", TestPostgres.newDatabase("client_directory")));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static Client insert(String team, String name) {
        Client client = new Client(Client.NEW, name, List.of(), null, List.of(), "general", Stage.ACTIVE, null, null,
                BigDecimal.ONE, null);
        return database.jdbi().withHandle(handle -> new ClientRepository(handle).insert(team, client));
    }

    private static void sql(String statement, Object... args) {
        database.jdbi().useHandle(handle -> handle.execute(statement, args));
    }

    @Test
    void aClientAddedAfterTheFirstLookupIsFoundAtOnce() {
        ClientDirectory directory = new ClientDirectory(database.store());
        insert("T0ADDED", "Acme");
        assertThat(directory.find("T0ADDED", "globex")).isInstanceOf(Match.None.class);

        Client globex = insert("T0ADDED", "Globex");

        assertThat(directory.find("T0ADDED", "globex")).isEqualTo(new Match.Found(globex));
    }

    @Test
    void aClientRenamedOutsideTheAppIsFoundByItsNewName() {
        ClientDirectory directory = new ClientDirectory(database.store());
        Client initech = insert("T0RENAMED", "Initech");
        assertThat(directory.find("T0RENAMED", "initech")).isInstanceOf(Match.Found.class);

        sql("UPDATE clients SET name = 'Initrode' WHERE id = ?", initech.id());

        assertThat(directory.find("T0RENAMED", "initech")).isInstanceOf(Match.None.class);
        assertThat(directory.find("T0RENAMED", "initrode")).isInstanceOf(Match.Found.class);
    }

    @Test
    void aDeletedClientIsNoLongerFound() {
        ClientDirectory directory = new ClientDirectory(database.store());
        Client hooli = insert("T0DELETED", "Hooli");
        assertThat(directory.all("T0DELETED")).containsExactly(hooli);

        sql("DELETE FROM clients WHERE id = ?", hooli.id());

        assertThat(directory.all("T0DELETED")).isEmpty();
    }

    @Test
    void clientsHandedToTheWorkspaceLeaveTheLocalList() {
        ClientDirectory directory = new ClientDirectory(database.store());
        insert(Workspaces.LOCAL, "Umbrella");
        assertThat(directory.all(Workspaces.LOCAL)).extracting(Client::name).contains("Umbrella");

        new Workspaces(database.store()).adoptLocalData("T0ADOPTER");

        assertThat(directory.all(Workspaces.LOCAL)).isEmpty();
        assertThat(directory.all("T0ADOPTER")).extracting(Client::name).containsExactly("Umbrella");
    }

    @Test
    void aTeamWithNoClientsHasAnEmptyList() {
        assertThat(new ClientDirectory(database.store()).all("T0NOBODY")).isEmpty();
    }
}
