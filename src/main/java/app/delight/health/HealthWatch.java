package app.delight.health;

import app.delight.blocks.Mrkdwn;
import app.delight.clients.HealthReports;
import app.delight.delivery.Delivery;
import app.delight.delivery.Outgoing;
import app.delight.engine.health.ClientHealth;
import app.delight.engine.health.EarlyWarning;
import app.delight.engine.health.HealthModel;
import app.delight.engine.health.HealthSnapshot;
import app.delight.engine.health.PartChange;
import app.delight.i18n.Messages;
import app.delight.store.Store;
import app.delight.store.Workspaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Keeps each client's daily health snapshot, which the trend and the "red for 90 days" flag read,
 * and warns a client's owners by DM when its score falls 15 points or more within 7 days.
 */
public final class HealthWatch {
    private static final AtomicLong IDS = new AtomicLong(-1_000_000);

    private final Store store;
    private final HealthReports reports;
    private final Delivery delivery;
    private final Messages messages;

    public HealthWatch(Store store, HealthReports reports, Delivery delivery, Messages messages) {
        this.store = store;
        this.reports = reports;
        this.delivery = delivery;
        this.messages = messages;
    }

    /** Today's snapshot of every client of every workspace; returns how many were stored. */
    public int snapshotAll() {
        int stored = 0;
        for (String team : new Workspaces(store).teamsWithClients()) {
            List<Outgoing> warnings = new ArrayList<>();
            List<ClientHealth> all = reports.assessAll(team);
            Map<Long, List<HealthSnapshot>> recent = all.isEmpty() ? Map.of() : recentSnapshots(team, all.get(0));
            for (ClientHealth health : all) {
                warnings.addAll(record(team, health, recent.getOrDefault(health.client().id(), List.of())));
                stored++;
            }
            delivery.deliver(warnings);
        }
        return stored;
    }

    /** One client, after something that may have moved its score (an NPS answer, an incident). */
    public void check(String teamId, long clientId) {
        reports.detail(teamId, clientId).ifPresent(detail -> delivery.deliver(record(teamId, detail.health(),
                recentSnapshots(teamId, detail.health()).getOrDefault(clientId, List.of()))));
    }

    /** The snapshots of the days a fall is looked for, read once for the whole team. */
    private Map<Long, List<HealthSnapshot>> recentSnapshots(String team, ClientHealth anyClient) {
        return store.withConnection(repositories -> repositories.healthSnapshots()
                .since(team, anyClient.day().minusDays(EarlyWarning.WITHIN_DAYS + 1L)));
    }

    /** Stores the snapshot and returns the warnings to post, if the fall is news. */
    private List<Outgoing> record(String team, ClientHealth health, List<HealthSnapshot> recent) {
        return store.inTransaction(repositories -> {
            long id = health.client().id();
            repositories.healthSnapshots().save(team, id, health.snapshot());
            Optional<EarlyWarning> warning = HealthModel.earlyWarning(health, recent);
            boolean news = warning.isPresent() && repositories.earlyWarnings().recordIfNew(team, id, health.day(),
                    warning.get().before(), warning.get().after(), EarlyWarning.WITHIN_DAYS);
            if (!news) {
                return List.<Outgoing>of();
            }
            String text = text(health, warning.get());
            return health.client().owners().stream().map(owner -> Outgoing.text(IDS.getAndDecrement(), owner, text)).toList();
        });
    }

    private String text(ClientHealth health, EarlyWarning warning) {
        String moved = warning.moved().stream().map(this::describe).collect(Collectors.joining(", "));
        return messages.get("warning.text", Mrkdwn.escape(health.client().name()), warning.before(), warning.after(),
                warning.since(), moved.isEmpty() ? "–" : moved);
    }

    private String describe(PartChange change) {
        return messages.get("warning.part", messages.get("health.detail.part." + change.part().key()),
                change.before() == null ? "?" : change.before(), change.after() == null ? "?" : change.after());
    }

}
