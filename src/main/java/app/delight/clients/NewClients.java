package app.delight.clients;

import app.delight.domain.Client;
import app.delight.store.ClientRepository;
import org.jdbi.v3.core.Jdbi;

/** Adds one client to a workspace, refusing a name the workspace already has (ignoring case). */
public final class NewClients {
    private final Jdbi jdbi;

    public NewClients(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What became of the client: stored with its new id, or refused because of the client of that name. */
    public sealed interface Outcome {
        record Added(Client client) implements Outcome {
        }

        record NameTaken(Client existing) implements Outcome {
        }
    }

    public Outcome add(String teamId, Client client) {
        return jdbi.inTransaction(handle -> {
            // The same lock as an import of the workspace: the name check and the insert cannot
            // interleave with another add or an import creating the same name.
            handle.execute("SELECT pg_advisory_xact_lock(hashtext('client-import:' || ?))", teamId);
            ClientRepository clients = new ClientRepository(handle);
            Client existing = clients.byNameKey(teamId).get(ClientRepository.nameKey(client.name()));
            if (existing != null) {
                return new Outcome.NameTaken(existing);
            }
            return new Outcome.Added(clients.insert(teamId, client));
        });
    }
}
