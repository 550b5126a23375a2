package app.delight.nudge;

import app.delight.blocks.DigestMessage;
import app.delight.blocks.Reply;
import app.delight.clients.DelightCards;
import app.delight.clients.Today;
import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.PromptKind;
import app.delight.domain.Stage;
import app.delight.engine.Card;
import app.delight.engine.Digest;
import app.delight.engine.DigestRules;
import app.delight.engine.NudgeCalendar;
import app.delight.engine.Prompt;
import app.delight.engine.PromptKeys;
import app.delight.engine.Shown;
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
 * the author of each late follow-up. Quietly: each recipient is shown only what {@link DigestRules}
 * lets through (nothing again within its quiet period), and gets a message only when it holds
 * something new to it.
 */
public final class NudgePlanner {
    /** Clients nobody is working with get no nudges. */
    private static final Set<Stage> NOT_NUDGED = EnumSet.of(Stage.PAUSED, Stage.CHURNED);
    /** About a megabyte of digests: small beside the heap, large enough that a batch is one quick write. */
    static final int CLIENTS_A_BATCH = 100;

    private final Store store;
    private final DelightCards cards;
    private final Today today;
    private final NudgeCalendar calendar;
    private final DigestRules rules;
    private final DigestMessage digests;

    public NudgePlanner(Store store, DelightCards cards, Today today, NudgeCalendar calendar, DigestRules rules,
            DigestMessage digests) {
        this.store = store;
        this.cards = cards;
        this.today = today;
        this.calendar = calendar;
        this.rules = rules;
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
            List<OutboxRepository.Planned> due = new ArrayList<>();
            Map<Long, Client> byId = new HashMap<>();
            Map<LocalDate, Set<Long>> planned = new HashMap<>();
            for (Client client : store.withConnection(repositories -> repositories.clients().all(team))) {
                if (NOT_NUDGED.contains(client.stage())) {
                    continue;
                }
                Optional<LocalDate> day = forDate.isPresent() ? forDate.filter(calendar::isNudgeDay) : dueDay(client, now);
                // A client planned earlier today is done: passes run often, and must not redo the work.
                if (day.isPresent() && !planned.computeIfAbsent(day.get(), d -> plannedOn(team, d)).contains(client.id())) {
                    considered++;
                    due.add(new OutboxRepository.Planned(client.id(), day.get()));
                    byId.put(client.id(), client);
                    if (due.size() == CLIENTS_A_BATCH) {
                        onBatch.accept(batch(team, due, byId));
                        due = new ArrayList<>();
                    }
                }
            }
            if (!due.isEmpty()) {
                onBatch.accept(batch(team, due, byId));
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

    /** The batch's messages, with what each recipient was shown of its clients read once for the batch. */
    private NudgeBatch batch(String team, List<OutboxRepository.Planned> due, Map<Long, Client> byId) {
        LocalDate first = due.stream().map(OutboxRepository.Planned::day).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = due.stream().map(OutboxRepository.Planned::day).max(LocalDate::compareTo).orElseThrow();
        Map<Long, Map<String, Shown>> shown = store.withConnection(repositories -> repositories.outbox().shown(team,
                due.stream().map(OutboxRepository.Planned::clientId).toList(),
                first.minusDays(DigestRules.REMEMBERED_DAYS), last));
        List<OutboxRepository.Entry> entries = new ArrayList<>();
        for (OutboxRepository.Planned client : due) {
            entries.addAll(entriesFor(team, byId.get(client.clientId()), client.day(),
                    shown.getOrDefault(client.clientId(), Map.of())));
        }
        return new NudgeBatch(team, due, entries);
    }

    private List<OutboxRepository.Entry> entriesFor(String team, Client client, LocalDate day, Map<String, Shown> shown) {
        DelightCards.Reading reading = cards.read(team, client, day);
        List<OutboxRepository.Entry> entries = new ArrayList<>();
        List<String> recipients = client.channel() != null ? List.of(client.channel()) : client.owners();
        for (String recipient : recipients) {
            message(reading, reading.due(), shown.getOrDefault(recipient, Shown.NOTHING), day).ifPresent(card ->
                    entries.add(entry(client, recipient, day, OutboxRepository.DIGEST, card, digests.digest(card))));
        }
        if (client.channel() != null) {
            lateFollowUpsByAuthor(reading).forEach((author, late) ->
                    message(reading, late, shown.getOrDefault(author, Shown.NOTHING), day).ifPresent(card ->
                            entries.add(entry(client, author, day, OutboxRepository.OVERDUE, card, digests.overdue(card)))));
        }
        return entries;
    }

    /** The card narrowed to what {@code prompts} this recipient is to be shown today; empty when nothing is worth sending. */
    private Optional<Card> message(DelightCards.Reading reading, List<Prompt> prompts, Shown shown, LocalDate day) {
        Digest digest = rules.decide(reading.history(), prompts, shown, day);
        if (!digest.worthSending()) {
            return Optional.empty();
        }
        Card card = reading.card();
        return Optional.of(new Card(card.client(), day, card.lastContact(), card.healthScore(), digest.prompts(),
                card.openFollowUps()));
    }

    private static OutboxRepository.Entry entry(Client client, String recipient, LocalDate day, String kind, Card card,
            Reply message) {
        return new OutboxRepository.Entry(client.id(), recipient, day, kind, card.prompts().stream().map(Prompt::key).toList(),
                DigestMessage.toJson(message), card.healthScore());
    }

    /** The follow-ups due before today among the prompts due (so not snoozed or answered), by who wrote them. */
    private static Map<String, List<Prompt>> lateFollowUpsByAuthor(DelightCards.Reading reading) {
        Map<Long, String> authors = new HashMap<>();
        for (FollowUp followUp : reading.history().openFollowUps()) {
            authors.put(followUp.id(), followUp.authorId());
        }
        Map<String, List<Prompt>> late = new LinkedHashMap<>();
        for (Prompt prompt : reading.due()) {
            if (prompt.kind() == PromptKind.FOLLOW_UP && prompt.date().isBefore(reading.card().today())) {
                PromptKeys.recordId(prompt.key()).ifPresent(id ->
                        late.computeIfAbsent(authors.get(id), author -> new ArrayList<>()).add(prompt));
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
