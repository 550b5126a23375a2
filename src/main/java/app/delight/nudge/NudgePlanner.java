package app.delight.nudge;

import app.delight.blocks.DigestMessage;
import app.delight.blocks.Reply;
import app.delight.clients.DelightCards;
import app.delight.clients.Today;
import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.Stage;
import app.delight.engine.Card;
import app.delight.engine.NudgeCalendar;
import app.delight.engine.Prompt;
import app.delight.engine.PromptKeys;
import app.delight.store.OutboxRepository;
import app.delight.store.Store;
import app.delight.store.Workspaces;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decides a day's nudges: for each client whose nudge time has come (in its own time zone), a
 * digest of its card to its channel, or by DM to each owner when it has no channel; and a DM to
 * the author of each late follow-up.
 */
public final class NudgePlanner {
    /** Clients nobody is working with get no nudges. */
    private static final Set<Stage> NOT_NUDGED = EnumSet.of(Stage.PAUSED, Stage.CHURNED);
    static final String DIGEST = "digest";
    static final String OVERDUE = "overdue";
    /** About a megabyte of digests: small beside the heap, large enough that a batch is one quick write. */
    static final int CLIENTS_A_BATCH = 100;

    private final Store store;
    private final DelightCards cards;
    private final Today today;
    private final NudgeCalendar calendar;
    private final DigestMessage digests;

    public NudgePlanner(Store store, DelightCards cards, Today today, NudgeCalendar calendar, DigestMessage digests) {
        this.store = store;
        this.cards = cards;
        this.today = today;
        this.calendar = calendar;
        this.digests = digests;
    }

    /**
     * Plans the due clients a few at a time and hands each batch to {@code onBatch} before planning
     * the next: a day's digests for thousands of clients are tens of megabytes of Block Kit, more
     * than a small heap should hold at once.
     *
     * @param forDate a day to run the pass for whatever the time (the {@code nudge --date} command);
     *                empty: each client whose nudge time has come now, on a nudge day
     * @return how many clients were due and not yet planned
     */
    public int plan(Instant now, Optional<LocalDate> forDate, Consumer<NudgeBatch> onBatch) {
        int considered = 0;
        for (String team : new Workspaces(store).teamsWithClients()) {
            List<OutboxRepository.Planned> clients = new ArrayList<>();
            List<OutboxRepository.Entry> entries = new ArrayList<>();
            Map<LocalDate, Set<Long>> planned = new HashMap<>();
            for (Client client : store.withConnection(repositories -> repositories.clients().all(team))) {
                if (NOT_NUDGED.contains(client.stage())) {
                    continue;
                }
                Optional<LocalDate> day = forDate.isPresent() ? forDate.filter(calendar::isNudgeDay) : dueDay(client, now);
                // A client planned earlier today is done: passes run often, and must not redo the work.
                if (day.isPresent() && !planned.computeIfAbsent(day.get(), d -> plannedOn(team, d)).contains(client.id())) {
                    considered++;
                    clients.add(new OutboxRepository.Planned(client.id(), day.get()));
                    entries.addAll(entriesFor(team, client, day.get()));
                    if (clients.size() == CLIENTS_A_BATCH) {
                        onBatch.accept(new NudgeBatch(team, clients, entries));
                        clients = new ArrayList<>();
                        entries = new ArrayList<>();
                    }
                }
            }
            if (!clients.isEmpty()) {
                onBatch.accept(new NudgeBatch(team, clients, entries));
            }
        }
        return considered;
    }

    private Set<Long> plannedOn(String team, LocalDate day) {
        return store.withConnection(repositories -> repositories.outbox().clientsPlanned(team, day));
    }

    private Optional<LocalDate> dueDay(Client client, Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, today.zoneOf(client));
        return calendar.isDue(local) ? Optional.of(local.toLocalDate()) : Optional.empty();
    }

    private List<OutboxRepository.Entry> entriesFor(String team, Client client, LocalDate day) {
        Card card = cards.cardFor(team, client, day);
        if (card.prompts().isEmpty()) {
            return List.of();
        }
        List<String> keys = card.prompts().stream().map(Prompt::key).toList();
        String digest = DigestMessage.toJson(digests.digest(card));
        List<OutboxRepository.Entry> entries = new ArrayList<>();
        List<String> recipients = client.channel() != null ? List.of(client.channel()) : client.owners();
        for (String recipient : recipients) {
            entries.add(new OutboxRepository.Entry(client.id(), recipient, day, DIGEST, keys, digest));
        }
        if (client.channel() != null) {
            lateFollowUpsByAuthor(team, client, day).forEach((author, lateKeys) -> {
                // A snoozed or answered follow-up is not on the card, and not worth a DM either.
                List<Prompt> late = card.prompts().stream().filter(prompt -> lateKeys.contains(prompt.key())).toList();
                if (!late.isEmpty()) {
                    Reply dm = digests.overdue(new Card(card.client(), day, card.lastContact(), card.healthScore(), late,
                            card.openFollowUps()));
                    entries.add(new OutboxRepository.Entry(client.id(), author, day, OVERDUE,
                            late.stream().map(Prompt::key).toList(), DigestMessage.toJson(dm)));
                }
            });
        }
        return entries;
    }

    private Map<String, List<String>> lateFollowUpsByAuthor(String team, Client client, LocalDate day) {
        Map<String, List<String>> late = new LinkedHashMap<>();
        for (FollowUp followUp : store.withConnection(repositories -> repositories.history().openFollowUps(team, client.id()))) {
            if (followUp.dueOn() != null && followUp.dueOn().isBefore(day)) {
                late.computeIfAbsent(followUp.authorId(), author -> new ArrayList<>()).add(PromptKeys.followUp(followUp.id()));
            }
        }
        return late;
    }

    /**
     * Writes a batch's messages, and that its clients are planned, in one transaction; returns how
     * many of its messages were new. A pass that stops half-way keeps the batches written: the next
     * pass plans only the clients they left out.
     */
    public int enqueue(NudgeBatch batch) {
        return store.inTransaction(repositories -> {
            OutboxRepository outbox = repositories.outbox();
            outbox.markPlanned(batch.teamId(), batch.clients());
            return outbox.enqueue(batch.teamId(), batch.entries());
        });
    }
}
