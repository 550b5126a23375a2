package app.delight.clients;

import app.delight.domain.Client;
import app.delight.engine.ClientMatcher;
import app.delight.store.ClientRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * A workspace's clients, found by what a user typed. Every command needs all of them to match a
 * name, so they are kept in memory and read again only when a cheap check says they changed (an
 * import or another instance may change them at any time).
 */
public final class ClientDirectory {
    private final Jdbi jdbi;
    private final Map<String, Snapshot> byTeam = new ConcurrentHashMap<>();

    private record Snapshot(String version, List<Client> clients) {
    }

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
        return jdbi.withHandle(handle -> {
            String version = handle.createQuery("SELECT count(*) || '/' || coalesce(max(id), 0) || '/' "
                            + "|| coalesce(max(updated_at)::text, '') FROM clients WHERE team_id = :team")
                    .bind("team", teamId)
                    .mapTo(String.class)
                    .one();
            Snapshot known = byTeam.get(teamId);
            if (known != null && known.version().equals(version)) {
                return known.clients();
            }
            List<Client> clients = new ClientRepository(handle).all(teamId);
            byTeam.put(teamId, new Snapshot(version, clients));
            return clients;
        });
    }

    /** The team's clients with those {@code userId} owns first, each group by name. */
    public List<Client> ownedFirst(String teamId, String userId) {
        return all(teamId).stream()
                .sorted(Comparator.comparing((Client client) -> !client.owners().contains(userId)))
                .toList();
    }
}
