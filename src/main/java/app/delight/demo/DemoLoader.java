package app.delight.demo;

import app.delight.domain.Client;
import app.delight.store.ClientRepository;
import app.delight.store.Store;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads the demo into a workspace, all in one transaction: a failure leaves the database as it was.
 * Idempotent: when any demo client (by name, ignoring case) is already in the workspace, nothing is
 * written, so running the demo twice changes nothing and never touches the team's own clients. With
 * {@code refresh}, the demo's own clients (same name and demo channel) are deleted with all their history
 * and written again, dated from the new today; a same-named client that is not the demo's stops it.
 */
public final class DemoLoader {
    private final Store store;
    private final ZoneId teamZone;

    public DemoLoader(Store store, ZoneId teamZone) {
        this.store = store;
        this.teamZone = teamZone;
    }

    public enum Status {
        /** The demo was written. */
        LOADED,
        /** The demo's own clients were replaced by today's. */
        REFRESHED,
        /** Demo clients were there already: nothing was written. */
        ALREADY_LOADED,
        /** Clients of the team's own carry demo names: nothing was written. */
        NAMES_TAKEN
    }

    /**
     * @param clients     LOADED, REFRESHED: the demo clients written; otherwise those already in the workspace
     * @param historyRows history rows written (touchpoints, follow-ups … health snapshots)
     */
    public record Outcome(Status status, List<String> clients, int historyRows) {
        public Outcome {
            clients = List.copyOf(clients);
        }

        public boolean written() {
            return status == Status.LOADED || status == Status.REFRESHED;
        }
    }

    public Outcome load(String teamId, List<DemoClient> demo, boolean refresh) {
        return store.inTransaction(repositories -> {
            ClientRepository clients = repositories.clients();
            // The import's lock: an import and a demo (or two demos) of one workspace never interleave.
            clients.lockNames(teamId);
            Map<String, Client> stored = clients.byNameKey(teamId);
            List<Client> present = demo.stream().map(d -> stored.get(ClientRepository.nameKey(d.name())))
                    .filter(Objects::nonNull).toList();
            if (!present.isEmpty() && !refresh) {
                return new Outcome(Status.ALREADY_LOADED, names(present), 0);
            }
            List<Client> notDemo = present.stream().filter(client -> !isDemo(client, demo)).toList();
            if (!notDemo.isEmpty()) {
                return new Outcome(Status.NAMES_TAKEN, names(notDemo), 0);
            }
            present.forEach(client -> clients.delete(teamId, client.id()));
            DemoWriter writer = new DemoWriter(repositories, teamId, teamZone);
            int rows = demo.stream().mapToInt(writer::write).sum();
            return new Outcome(present.isEmpty() ? Status.LOADED : Status.REFRESHED, demo.stream().map(DemoClient::name).toList(), rows);
        });
    }

    /** The demo's own client: a demo name in the demo's channel for it. */
    private static boolean isDemo(Client client, List<DemoClient> demo) {
        return demo.stream().anyMatch(d -> ClientRepository.nameKey(d.name()).equals(ClientRepository.nameKey(client.name()))
                && Objects.equals(d.client().channel(), client.channel()));
    }

    private static List<String> names(List<Client> clients) {
        return clients.stream().map(Client::name).toList();
    }
}
