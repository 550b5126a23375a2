package app.delight.clients;

import app.delight.domain.Client;
import app.delight.domain.Stage;
import app.delight.engine.Card;
import app.delight.engine.ClientHistory;
import app.delight.engine.MeetingPrompts;
import app.delight.engine.Prompt;
import app.delight.engine.PromptEngine;
import app.delight.engine.health.DailyScores;
import app.delight.engine.health.HealthModel;
import app.delight.i18n.Messages;
import app.delight.playbook.Playbook;
import app.delight.store.HistoryRepository;
import app.delight.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Builds a client's delight card: its history and its meetings to come read in one round trip, then its health
 * score (as {@code /client-health} computes it, from what is stored now) and the engine's prompts.
 */
public final class DelightCards {
    private final Store store;
    private final Playbook playbook;
    private final PromptEngine engine;
    private final HealthModel model;
    private final Today today;

    /** {@code messages} words the prompts the engine writes itself, such as a meeting to prepare. */
    public DelightCards(Store store, Playbook playbook, Messages messages, Today today) {
        this.store = store;
        this.playbook = playbook;
        this.engine = new PromptEngine(playbook, messages);
        this.model = new HealthModel(playbook.weights());
        this.today = today;
    }

    /**
     * A client's card on a day, with every prompt due (the card shows the first few) and the history they were
     * made from, for the nudge pass to decide what each recipient is shown.
     */
    public record Reading(Card card, List<Prompt> due, ClientHistory history) {
    }

    public Card cardFor(String teamId, Client client) {
        return cardFor(teamId, client, today.of(client));
    }

    /** The card as it is on {@code day}, for a nudge pass run for a given date. */
    public Card cardFor(String teamId, Client client, LocalDate day) {
        return read(teamId, client, day).card();
    }

    public Reading read(String teamId, Client client, LocalDate day) {
        Instant now = today.clock().instant();
        ZoneId zone = today.zoneOf(client);
        HistoryRepository.CardWindows windows = new HistoryRepository.CardWindows(now.minus(HealthFacts.NPS_WINDOW),
                now.minus(HealthFacts.RISK_WINDOW), now.minus(HealthFacts.ENGAGEMENT_WINDOW),
                day.minusDays(engine.healthHistoryDays()), day,
                now, day.plusDays(MeetingPrompts.DAYS_AHEAD + 1).atStartOfDay(zone).toInstant());
        HistoryRepository.CardFacts facts = store.withConnection(repositories ->
                repositories.history().cardFacts(teamId, client.id(), windows));
        HealthFacts health = new HealthFacts(facts.lastTouchpoint() == null ? null : facts.lastTouchpoint().occurredAt(),
                facts.inStageSince(), facts.recentNps(), facts.openFollowUps(), facts.openStruggles(), facts.incidents(),
                List.of(), facts.engagement(), DailyScores.NONE);
        // A churned client is no longer served: /client-health gives it no score, nor does its card.
        Integer score = client.stage() == Stage.CHURNED ? null
                : model.score(model.parts(health.input(client, day, zone, playbook)));
        ClientHistory history = new ClientHistory(client, zone, facts.stageChangedOn(), facts.inStageSince(),
                facts.lastTouchpoint(), facts.openFollowUps(), facts.openStruggles(), facts.recentNps(), facts.incidents(),
                facts.responses(), score, score == null ? null : HealthModel.redSince(facts.lastRedRun().asList(), day, score),
                facts.meetings());
        List<Prompt> due = engine.promptsFor(history, day);
        Card card = new Card(client, day, history.lastTouchpoint() == null ? null : history.lastContactDay(), score, due,
                history.openFollowUps().size());
        return new Reading(card, due, history);
    }
}
