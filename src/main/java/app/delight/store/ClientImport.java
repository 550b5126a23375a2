package app.delight.store;

import app.delight.domain.Client;
import app.delight.domain.ClientUpdate;
import java.util.List;
import java.util.Map;

/** Creates or updates a workspace's clients from a whole file's rows, in one transaction. */
public final class ClientImport {
    private final Store store;

    public ClientImport(Store store) {
        this.store = store;
    }

    public record Summary(int created, int updated, int unchanged) {
        @Override
        public String toString() {
            return created + " created, " + updated + " updated, " + unchanged + " unchanged";
        }
    }

    /** All rows or none: any failure rolls the whole import back. */
    public Summary run(String teamId, List<ClientUpdate> rows) {
        return store.inTransaction(repositories -> {
            ClientRepository clients = repositories.clients();
            // Two imports of one workspace at once could both create the same client.
            clients.lockNames(teamId);
            Map<String, Client> stored = clients.byNameKey(teamId);
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (ClientUpdate row : rows) {
                Client existing = stored.get(ClientRepository.nameKey(row.name()));
                if (existing == null) {
                    clients.insert(teamId, row.newClient());
                    created++;
                } else {
                    Client merged = row.applyTo(existing);
                    if (merged.sameFactsAs(existing)) {
                        unchanged++;
                    } else {
                        clients.update(teamId, merged);
                        updated++;
                    }
                }
            }
            return new Summary(created, updated, unchanged);
        });
    }
}
