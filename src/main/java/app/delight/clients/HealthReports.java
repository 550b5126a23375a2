package app.delight.clients;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.Incident;
import app.delight.domain.NpsAnswer;
import app.delight.domain.Stage;
import app.delight.domain.Struggle;
import app.delight.domain.Touchpoint;
import app.delight.engine.health.ClientHealth;
import app.delight.engine.health.DailyScores;
import app.delight.engine.health.HealthModel;
import app.delight.engine.health.PortfolioHealth;
import app.delight.playbook.Playbook;
import app.delight.store.HealthSnapshotRepository;
import app.delight.store.HistoryRepository;
import app.delight.store.PortfolioRepository;
import app.delight.store.Repositories;
import app.delight.store.Store;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Health scores for a workspace's clients: for the portfolio every fact read once per table for the
 * whole team (so a portfolio of thousands stays fast), for one client's detail that client's rows;
 * then the pure health model over them.
 */
public final class HealthReports {
    private static final int HISTORY_DAYS = 90;
    private static final int RECENT_TOUCHPOINTS = 5;

    private final Store store;
    private final ClientDirectory directory;
    private final Playbook playbook;
    private final HealthModel model;
    private final Today today;
    private final Map<String, PastScores> pastScores = new ConcurrentHashMap<>();

    public HealthReports(Store store, ClientDirectory directory, Playbook playbook, Today today) {
        this.store = store;
        this.directory = directory;
        this.playbook = playbook;
        this.model = new HealthModel(playbook.weights());
        this.today = today;
    }

    /** One client's health with what lies behind it, for {@code /client-health acme}. */
    public record Detail(ClientHealth health, List<Touchpoint> recentTouchpoints, List<FollowUp> openFollowUps,
            List<Struggle> openStruggles, List<FreeWork> freeWork, List<Incident> incidents, BigDecimal totalRevenue) {
    }

    /**
     * The portfolio with what the list shows beside each score: the day of last contact (absent if
     * never), the number of overdue follow-ups, and the total monthly revenue shares are taken of.
     */
    public record Portfolio(PortfolioHealth health, Map<Long, LocalDate> lastContact, Map<Long, Integer> overdue,
            BigDecimal totalRevenue) {
    }

    public Portfolio portfolio(String teamId) {
        return withFacts(teamId, facts -> {
            List<ClientHealth> all = facts.clients.stream().map(client -> assess(client, facts.of(client), facts.totalRevenue)).toList();
            Map<Long, LocalDate> lastContact = facts.clients.stream().filter(c -> facts.lastContact.containsKey(c.id()))
                    .collect(Collectors.toMap(Client::id, c -> LocalDate.ofInstant(facts.lastContact.get(c.id()), today.zoneOf(c))));
            Map<Long, Integer> overdue = facts.clients.stream().collect(Collectors.toMap(Client::id,
                    c -> (int) facts.followUps.getOrDefault(c.id(), List.of()).stream()
                            .filter(f -> f.daysLate(today.of(c)) > 0).count()));
            return new Portfolio(PortfolioHealth.of(all, facts.nps, playbook.targets()), lastContact, overdue, facts.totalRevenue);
        });
    }

    /** Every client's health today, for the daily snapshot. */
    public List<ClientHealth> assessAll(String teamId) {
        return withFacts(teamId, facts -> facts.clients.stream().map(client -> assess(client, facts.of(client), facts.totalRevenue))
                .toList());
    }

    /** Empty when the team has no such client (or not any more), or no longer serves it (churned). */
    public Optional<Detail> detail(String teamId, long clientId) {
        List<Client> teamClients = directory.all(teamId);
        List<Client> served = served(teamClients);
        Optional<Client> client = served.stream().filter(c -> c.id() == clientId).findFirst();
        if (client.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal totalRevenue = totalRevenue(served);
        // One client's rows, each read once for both its health and the lists shown beside it; only its
        // past scores come from the team's, kept for the portfolio (read whole once a day if not yet).
        return store.inTransaction(repositories -> {
            Instant now = today.clock().instant();
            Instant riskSince = now.minus(HealthFacts.RISK_WINDOW);
            HistoryRepository history = repositories.history();
            List<Touchpoint> recent = history.recentTouchpoints(teamId, clientId, RECENT_TOUCHPOINTS);
            List<FollowUp> followUps = history.openFollowUps(teamId, clientId);
            List<Struggle> struggles = history.openStruggles(teamId, clientId);
            List<FreeWork> freeWork = history.freeWorkSince(teamId, clientId, riskSince);
            List<Incident> incidents = history.incidentsSince(teamId, clientId, riskSince);
            LocalDate inStageSince;
            try {
                inStageSince = history.inStageSince(teamId, clientId);
            } catch (NoSuchElementException removedMeanwhile) {
                return Optional.empty();
            }
            HealthFacts facts = new HealthFacts(recent.isEmpty() ? null : recent.get(0).occurredAt(),
                    inStageSince, history.npsSince(teamId, clientId, now.minus(HealthFacts.NPS_WINDOW)),
                    followUps, struggles, incidents, freeWork,
                    repositories.portfolio().engagementSince(teamId, clientId, now.minus(HealthFacts.ENGAGEMENT_WINDOW)),
                    pastScores(repositories, teamId, scoresDay(now), teamClients).getOrDefault(clientId, DailyScores.NONE));
            return Optional.of(new Detail(assess(client.get(), facts, totalRevenue), recent, followUps, struggles, freeWork,
                    incidents, totalRevenue));
        });
    }

    /**
     * The team's facts read in one transaction, its clients first and outside it: the directory may
     * need a connection of its own, and a request must never hold one while it waits for another.
     */
    private <T> T withFacts(String teamId, Function<Facts, T> use) {
        List<Client> teamClients = directory.all(teamId);
        return store.inTransaction(repositories -> use.apply(new Facts(repositories, teamId, teamClients)));
    }

    private ClientHealth assess(Client client, HealthFacts facts, BigDecimal totalRevenue) {
        return model.assess(facts.input(client, today.of(client), today.zoneOf(client), playbook), totalRevenue);
    }

    /** A churned client is no longer served: it would only drag the portfolio's figures. */
    private static List<Client> served(List<Client> teamClients) {
        return teamClients.stream().filter(c -> c.stage() != Stage.CHURNED).toList();
    }

    private static BigDecimal totalRevenue(List<Client> served) {
        return served.stream().map(Client::monthlyRevenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Everything the model needs about a team's clients, read with one query per table. */
    private final class Facts {
        final List<Client> clients;
        final BigDecimal totalRevenue;
        final Map<Long, Instant> lastContact;
        final Map<Long, LocalDate> inStageSince;
        final List<NpsAnswer> nps;
        final Map<Long, List<NpsAnswer>> npsByClient;
        final Map<Long, List<FollowUp>> followUps;
        final Map<Long, List<Struggle>> struggles;
        final Map<Long, List<Incident>> incidents;
        final Map<Long, List<FreeWork>> freeWork;
        final Map<Long, PortfolioRepository.Engagement> engagement;
        final Map<Long, DailyScores> scores;

        Facts(Repositories repositories, String teamId, List<Client> teamClients) {
            Instant now = today.clock().instant();
            PortfolioRepository portfolio = repositories.portfolio();
            clients = served(teamClients);
            totalRevenue = totalRevenue(clients);
            lastContact = portfolio.lastContactByClient(teamId);
            inStageSince = portfolio.inStageSince(teamId);
            nps = portfolio.npsOfTeamSince(teamId, now.minus(HealthFacts.NPS_WINDOW));
            npsByClient = byClient(nps, NpsAnswer::clientId);
            followUps = byClient(portfolio.openFollowUpsOfTeam(teamId), FollowUp::clientId);
            struggles = byClient(portfolio.openStrugglesOfTeam(teamId), Struggle::clientId);
            incidents = byClient(portfolio.incidentsOfTeamSince(teamId, now.minus(HealthFacts.RISK_WINDOW)), Incident::clientId);
            freeWork = byClient(portfolio.freeWorkOfTeamSince(teamId, now.minus(HealthFacts.RISK_WINDOW)), FreeWork::clientId);
            engagement = portfolio.engagementSince(teamId, now.minus(HealthFacts.ENGAGEMENT_WINDOW));
            scores = pastScores(repositories, teamId, scoresDay(now), teamClients);
        }

        HealthFacts of(Client client) {
            long id = client.id();
            return new HealthFacts(lastContact.get(id), inStageSince.get(id), npsByClient.getOrDefault(id, List.of()),
                    followUps.getOrDefault(id, List.of()), struggles.getOrDefault(id, List.of()),
                    incidents.getOrDefault(id, List.of()), freeWork.getOrDefault(id, List.of()),
                    engagement.getOrDefault(id, PortfolioRepository.Engagement.NONE), scores.getOrDefault(id, DailyScores.NONE));
        }
    }

    /**
     * The stored scores of the 91 days before today: all the trend and the red streak need (today's
     * score is the one just computed), and the bulk of the portfolio's facts. They are read in full
     * once per team, then kept; on a new day only the scores stored since the last read are added
     * (from the day before it, for a snapshot taken late) and the oldest day is dropped, unless the
     * team has clients the last read did not cover (added, moved in): their past is read in full.
     */
    private Map<Long, DailyScores> pastScores(Repositories repositories, String teamId, LocalDate today, List<Client> teamClients) {
        PastScores known = pastScores.get(teamId);
        if (known != null && known.day().equals(today)) {
            return known.scores();
        }
        LocalDate first = today.minusDays(HISTORY_DAYS + 1L);
        HealthSnapshotRepository snapshots = repositories.healthSnapshots();
        Set<Long> covered = teamClients.stream().map(Client::id).collect(Collectors.toUnmodifiableSet());
        boolean rollOver = known != null && known.day().isBefore(today) && known.day().isAfter(first)
                && known.covered().containsAll(covered);
        Map<Long, DailyScores> read = snapshots.scoresSince(teamId, rollOver ? known.day().minusDays(1) : first);
        Map<Long, DailyScores> scores = new HashMap<>();
        if (rollOver) {
            known.scores().forEach((client, days) -> scores.put(client, days.with(read.getOrDefault(client, DailyScores.NONE))));
            read.forEach(scores::putIfAbsent);
        } else {
            scores.putAll(read);
        }
        scores.replaceAll((client, days) -> days.from(first).before(today));
        scores.values().removeIf(days -> days.size() == 0);
        Map<Long, DailyScores> kept = Map.copyOf(scores);
        pastScores.put(teamId, new PastScores(today, kept, covered));
        return kept;
    }

    /**
     * Reads what the first portfolio of each team would otherwise wait for (its clients, its past
     * scores): run in the background at start-up, so the first manager to ask is answered as fast as
     * the next one.
     */
    public void warmUp(List<String> teamIds) {
        for (String teamId : teamIds) {
            List<Client> teamClients = directory.all(teamId);
            store.useTransaction(repositories -> pastScores(repositories, teamId, scoresDay(today.clock().instant()), teamClients));
        }
    }

    /** Past scores are kept per UTC day, one day for all of a team's clients whatever their zones. */
    private static LocalDate scoresDay(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** {@code covered}: the clients the team had when these were read. */
    private record PastScores(LocalDate day, Map<Long, DailyScores> scores, Set<Long> covered) {
    }

    private static <T> Map<Long, List<T>> byClient(List<T> rows, Function<T, Long> clientId) {
        return rows.stream().collect(Collectors.groupingBy(clientId));
    }
}
