package app.delight.health;

import app.delight.blocks.Mrkdwn;
import app.delight.clients.HealthReports;
import app.delight.delivery.Delivery;
import app.delight.delivery.Outgoing;
import app.delight.engine.health.ClientHealth;
import app.delight.engine.health.HealthFlag;
import app.delight.engine.health.HealthModel;
import app.delight.engine.health.HealthSnapshot;
import app.delight.engine.health.PortfolioHealth;
import app.delight.i18n.Messages;
import app.delight.store.Store;
import app.delight.store.Workspaces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The managers' Monday digest: the portfolio against the team's targets, the clients that turned red
 * during the week, the top risks, and the clients red for 90 days, for whom a frank conversation is due.
 */
public final class WeeklyDigest {
    private static final AtomicLong IDS = new AtomicLong(-2_000_000);
    private static final int WEEK = 7;

    private final Store store;
    private final HealthReports reports;
    private final Delivery delivery;
    private final Messages messages;
    private final Set<String> managers;
    private final Optional<String> managersChannel;

    public WeeklyDigest(Store store, HealthReports reports, Delivery delivery, Messages messages, Set<String> managers,
            Optional<String> managersChannel) {
        this.store = store;
        this.reports = reports;
        this.delivery = delivery;
        this.messages = messages;
        this.managers = Set.copyOf(managers);
        this.managersChannel = managersChannel;
    }

    /** Posts each workspace's digest to the managers' channel, or to each manager by DM. */
    public void send(LocalDate today) {
        Set<String> recipients = new LinkedHashSet<>();
        managersChannel.ifPresentOrElse(recipients::add, () -> recipients.addAll(managers));
        if (recipients.isEmpty()) {
            return;
        }
        List<Outgoing> messagesToPost = new ArrayList<>();
        for (String team : new Workspaces(store).teamsWithClients()) {
            String text = text(team, today);
            recipients.forEach(recipient -> messagesToPost.add(Outgoing.text(IDS.getAndDecrement(), recipient, text)));
        }
        delivery.deliver(messagesToPost);
    }

    String text(String team, LocalDate today) {
        HealthReports.Portfolio portfolio = reports.portfolio(team);
        PortfolioHealth health = portfolio.health();
        Map<Long, List<HealthSnapshot>> week = store.withConnection(repositories -> repositories.healthSnapshots()
                .since(team, today.minusDays(WEEK)));
        List<String> turnedRed = health.worstFirst().stream()
                .filter(client -> client.score() < 40 && wasNotRedAWeekAgo(week.getOrDefault(client.client().id(), List.of())))
                .map(this::name).toList();
        List<String> risks = health.risks().stream()
                .filter(risk -> risk.flag() != HealthFlag.RED_FOR_90_DAYS)
                .map(risk -> name(risk.client()) + " (" + messages.get("health.flag." + risk.flag().name(),
                        HealthModel.revenueSharePercent(risk.client().client().monthlyRevenue(), portfolio.totalRevenue())) + ")")
                .toList();
        List<String> frank = health.risks(HealthFlag.RED_FOR_90_DAYS).stream().map(risk -> name(risk.client())).toList();
        return String.join("\n",
                "*" + messages.get("weekly.title") + "*",
                messages.get("weekly.targets", health.green(), health.clients(), health.greenPercent(), health.targetPercent(),
                        health.nps() == null ? messages.get("health.nps.none") : health.nps(), health.targets().nps()),
                messages.get("weekly.turnedRed", listed(turnedRed)),
                messages.get("weekly.risks", listed(risks)),
                messages.get("weekly.frank", listed(frank)));
    }

    private static boolean wasNotRedAWeekAgo(List<HealthSnapshot> week) {
        return week.isEmpty() || week.get(0).score() >= 40;
    }

    private String name(ClientHealth client) {
        return "*" + Mrkdwn.escape(client.client().name()) + "*";
    }

    private String listed(List<String> items) {
        return items.isEmpty() ? messages.get("weekly.none") : items.stream().collect(Collectors.joining(", "));
    }
}
