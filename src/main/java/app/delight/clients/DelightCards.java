package app.delight.clients;

import app.delight.domain.Client;
import app.delight.domain.Meeting;
import app.delight.engine.Card;
import app.delight.engine.ClientHistory;
import app.delight.engine.MeetingPrompts;
import app.delight.engine.PromptEngine;
import app.delight.store.HistoryRepository;
import app.delight.store.MeetingRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Builds a client's delight card: its history and its meetings to come read, then the engine's prompts. */
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
        Instant now = today.clock().instant();
        ZoneId zone = today.zoneOf(client);
        Instant meetingsUntil = day.plusDays(MeetingPrompts.DAYS_AHEAD + 1).atStartOfDay(zone).toInstant();
        record Facts(HistoryRepository.CardFacts history, List<Meeting> meetings) {
        }
        Facts facts = jdbi.withHandle(handle -> new Facts(
                new HistoryRepository(handle).cardFacts(teamId, client.id(), now.minus(NPS_LOOKBACK)),
                new MeetingRepository(handle).upcoming(teamId, client.id(), now, meetingsUntil)));
        HistoryRepository.CardFacts card = facts.history();
        ClientHistory history = new ClientHistory(client, zone, card.stageChangedOn(), card.lastContact(), card.openFollowUps(),
                card.openStruggles(), card.recentNps(), card.responses(), facts.meetings());
        return new Card(client, day, history.lastContact() == null ? null : history.lastContactDay(), card.latestScore(),
                engine.promptsFor(history, day), history.openFollowUps().size());
    }
}
