package app.delight.clients;

import app.delight.domain.Client;
import app.delight.engine.ClientMatcher;
import app.delight.store.Store;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A workspace's clients, found by what a user typed. Every command needs all of them to match a
 * name, so they are kept in memory with their matcher, and read again only when the team's client
 * list version (moved by the database on any change to its clients) says they changed: an import
 * or another instance may change them at any time.
 */
public final class ClientDirectory {
    private final Store store;
    private final Map<String, Snapshot> byTeam = new ConcurrentHashMap<>();
    private final Map<String, Object> reloadLocks = new ConcurrentHashMap<>();

    private record Snapshot(long version, List<Client> clients, ClientMatcher matcher) {
    }

    public ClientDirectory(Store store) {
        this.store = store;
    }

    public ClientMatcher.Match find(String teamId, String typed) {
        return current(teamId).matcher().match(typed);
    }

    /** The matcher for the team's clients as they are now; for a command that tries several readings of its text. */
    public ClientMatcher matcher(String teamId) {
        return current(teamId).matcher();
    }

    public Optional<Client> byId(String teamId, long id) {
        return store.withConnection(repositories -> repositories.clients().byId(teamId, id));
    }

    /** The client a button's value names by its id; empty for a value that names none, as a forged one may. */
    public Optional<Client> byButtonValue(String teamId, String value) {
        try {
            return byId(teamId, Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public List<Client> all(String teamId) {
        return current(teamId).clients();
    }

    /** The team's clients with those {@code userId} owns first, each group by name. */
    public List<Client> ownedFirst(String teamId, String userId) {
        return all(teamId).stream()
                .sorted(Comparator.comparing((Client client) -> !client.owners().contains(userId)))
                .toList();
    }

    private Snapshot current(String teamId) {
        long version = store.withConnection(repositories -> repositories.clients().listVersion(teamId));
        Snapshot known = byTeam.get(teamId);
        if (known != null && known.version() == version) {
            return known;
        }
        // One reload per team at a time: the commands that arrive meanwhile (a burst after start-up
        // or an import) wait for it rather than each reading and folding thousands of clients, and
        // they wait without holding a pooled connection.
        synchronized (reloadLock(teamId)) {
            Snapshot meanwhile = byTeam.get(teamId);
            if (meanwhile != null && meanwhile.version() == version) {
                return meanwhile;
            }
            List<Client> clients = store.withConnection(repositories -> repositories.clients().all(teamId));
            Snapshot fresh = new Snapshot(version, clients, ClientMatcher.of(clients));
            byTeam.put(teamId, fresh);
            return fresh;
        }
    }

    private Object reloadLock(String teamId) {
        return reloadLocks.computeIfAbsent(teamId, team -> new Object());
    }
}
