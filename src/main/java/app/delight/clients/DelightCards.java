package app.delight.clients;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.Touchpoint;
import app.delight.engine.Card;
import app.delight.engine.ClientHistory;
import app.delight.engine.PromptEngine;
import app.delight.store.HealthSnapshotRepository;
import app.delight.store.HistoryRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Builds a client's delight card: its history read in one transaction, then the engine's prompts. */
public final class DelightCards {
    /** NPS answers older than this no longer shape prompts. */
    private static final Duration NPS_LOOKBACK = Duration.ofDays(180);

    private final Jdbi jdbi;
    private final PromptEngine engine;
    private final Today today;

    public DelightCards(Jdbi jdbi, PromptEngine engine, Today today) {
        this.jdbi = jdbi;
        this.engine = engine;
        this.today = today;
    }

    public Card cardFor(String teamId, Client client) {
        return cardFor(teamId, client, today.of(client));
    }

    /** The card as it is on {@code day}, for a nudge pass run for a given date. */
    public Card cardFor(String teamId, Client client, LocalDate day) {
        return jdbi.inTransaction(handle -> {
            ClientHistory history = history(handle, teamId, client);
            Integer score = new HealthSnapshotRepository(handle).latestScore(teamId, client.id()).orElse(null);
            return new Card(client, day, history.lastContact() == null ? null : history.lastContactDay(), score,
                    engine.promptsFor(history, day), history.openFollowUps().size());
        });
    }

    private ClientHistory history(Handle handle, String teamId, Client client) {
        HistoryRepository history = new HistoryRepository(handle);
        List<Touchpoint> last = history.recentTouchpoints(teamId, client.id(), 1);
        Instant now = today.clock().instant();
        List<FollowUp> open = history.openFollowUps(teamId, client.id());
        return new ClientHistory(
                client,
                today.zoneOf(client),
                history.stageChangedOn(teamId, client.id()),
                last.isEmpty() ? null : last.get(0).occurredAt(),
                open,
                history.openStruggles(teamId, client.id()),
                history.npsSince(teamId, client.id(), now.minus(NPS_LOOKBACK)),
                history.responses(teamId, client.id()));
    }
}
