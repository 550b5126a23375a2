package app.delight.clients;

import app.delight.domain.Client;
import app.delight.store.ClientRepository;
import app.delight.store.Store;

/** Adds one client to a workspace, refusing a name the workspace already has (ignoring case). */
public final class NewClients {
    private final Store store;

    public NewClients(Store store) {
        this.store = store;
    }

    /** What became of the client: stored with its new id, or refused because of the client of that name. */
    public sealed interface Outcome {
        record Added(Client client) implements Outcome {
        }

        record NameTaken(Client existing) implements Outcome {
        }
    }

    public Outcome add(String teamId, Client client) {
        return store.inTransaction(repositories -> {
            ClientRepository clients = repositories.clients();
            // The import's lock: the name check and the insert cannot interleave with another add or an
            // import creating the same name.
            clients.lockNames(teamId);
            Client existing = clients.byNameKey(teamId).get(ClientRepository.nameKey(client.name()));
            if (existing != null) {
                return new Outcome.NameTaken(existing);
            }
            return new Outcome.Added(clients.insert(teamId, client));
        });
    }
}
