package app.delight.clients;

import app.delight.domain.Client;
import app.delight.engine.Card;
import app.delight.engine.ClientHistory;
import app.delight.engine.PromptEngine;
import app.delight.store.HistoryRepository;
import app.delight.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Builds a client's delight card: its history read in one round trip, then the engine's prompts. */
public final class DelightCards {
    /** NPS answers older than this no longer shape prompts. */
    private static final Duration NPS_LOOKBACK = Duration.ofDays(180);

    private final Store store;
    private final PromptEngine engine;
    private final Today today;

    public DelightCards(Store store, PromptEngine engine, Today today) {
        this.store = store;
        this.engine = engine;
        this.today = today;
    }

    public Card cardFor(String teamId, Client client) {
        return cardFor(teamId, client, today.of(client));
    }

    /** The card as it is on {@code day}, for a nudge pass run for a given date. */
    public Card cardFor(String teamId, Client client, LocalDate day) {
        Instant now = today.clock().instant();
        HistoryRepository.CardFacts facts = store.withConnection(repositories ->
                repositories.history().cardFacts(teamId, client.id(), now.minus(NPS_LOOKBACK)));
        ClientHistory history = new ClientHistory(client, today.zoneOf(client), facts.stageChangedOn(), facts.lastContact(),
                facts.openFollowUps(), facts.openStruggles(), facts.recentNps(), facts.responses());
        return new Card(client, day, history.lastContact() == null ? null : history.lastContactDay(), facts.latestScore(),
                engine.promptsFor(history, day), history.openFollowUps().size());
    }
}
