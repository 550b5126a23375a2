package app.delight.clients;

import app.delight.domain.Client;
import app.delight.engine.ClientMatcher;
import app.delight.store.ClientRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** A workspace's clients, found by what a user typed. */
public final class ClientDirectory {
    private final Jdbi jdbi;

    public ClientDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public ClientMatcher.Match find(String teamId, String typed) {
        return ClientMatcher.match(all(teamId), typed);
    }

    public Optional<Client> byId(String teamId, long id) {
        return jdbi.withHandle(handle -> new ClientRepository(handle).byId(teamId, id));
    }

    public List<Client> all(String teamId) {
        return jdbi.withHandle(handle -> new ClientRepository(handle).all(teamId));
    }

    /** The team's clients with those {@code userId} owns first, each group by name. */
    public List<Client> ownedFirst(String teamId, String userId) {
        return all(teamId).stream()
                .sorted(Comparator.comparing((Client client) -> !client.owners().contains(userId)))
                .toList();
    }
}
