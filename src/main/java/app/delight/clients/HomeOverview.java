package app.delight.clients;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.HealthColour;
import app.delight.engine.Card;
import app.delight.engine.Prompt;
import app.delight.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one user's Home tab shows, read for one workspace: the clients they own with their health
 * score, the follow-ups they wrote that are past due, and the top prompt of some of their clients'
 * cards. A row's score is its card's, the score {@code /client-health} gives, as of now. The work is
 * capped, whatever the size of the portfolio: cards are built only for the rows shown, and their top
 * prompts taken from the first {@link #MAX_PROMPT_CLIENTS}.
 */
public final class HomeOverview {
    /** Client rows shown (and health scores read). */
    public static final int MAX_CLIENT_ROWS = 40;
    /** Overdue follow-up rows shown. */
    public static final int MAX_OVERDUE_ROWS = 20;
    /** Clients whose card's top prompt is shown in "Today's prompts". */
    public static final int MAX_PROMPT_CLIENTS = 10;

    private final Store store;
    private final ClientDirectory directory;
    private final DelightCards cards;
    private final Today today;

    public HomeOverview(Store store, ClientDirectory directory, DelightCards cards, Today today) {
        this.store = store;
        this.directory = directory;
        this.cards = cards;
        this.today = today;
    }

    /**
     * @param clients    the first {@link #MAX_CLIENT_ROWS} clients the user owns, by name
     * @param ownedCount how many clients the user owns in all
     * @param overdue    the user's most late follow-ups, at most {@link #MAX_OVERDUE_ROWS}
     * @param overdueCount how many of the user's follow-ups are late in all
     * @param prompts    the top prompt of each of the first {@link #MAX_PROMPT_CLIENTS} owned clients that has one
     * @param promptClientsChecked how many clients' cards were built for {@code prompts}
     */
    public record Overview(List<OwnedClient> clients, int ownedCount, List<Overdue> overdue, int overdueCount,
            List<TopPrompt> prompts, int promptClientsChecked) {
        public Overview {
            clients = List.copyOf(clients);
            overdue = List.copyOf(overdue);
            prompts = List.copyOf(prompts);
        }
    }

    /** A client the user owns; {@code healthScore} is null for a client no longer served (churned). */
    public record OwnedClient(Client client, Integer healthScore) {
        public HealthColour colour() {
            return healthScore == null ? null : HealthColour.of(healthScore);
        }
    }

    /** A follow-up of the user's, {@code daysLate} (one or more) days past its due date. */
    public record Overdue(Client client, FollowUp followUp, long daysLate) {
    }

    /** The first thing the card of one of the user's clients says to do today. */
    public record TopPrompt(Client client, Prompt prompt, LocalDate today) {
    }

    public Overview of(String teamId, String userId) {
        List<Client> everyone = directory.ownedFirst(teamId, userId);
        List<Client> owned = everyone.stream().filter(client -> client.owners().contains(userId)).toList();
        List<Client> shown = owned.subList(0, Math.min(MAX_CLIENT_ROWS, owned.size()));
        Map<Long, Client> byId = everyone.stream().collect(Collectors.toMap(Client::id, Function.identity()));

        List<Card> shownCards = shown.stream().map(client -> cards.cardFor(teamId, client)).toList();
        List<OwnedClient> rows = shownCards.stream().map(card -> new OwnedClient(card.client(), card.healthScore())).toList();
        List<FollowUp> open = store.withConnection(repositories -> repositories.portfolio().openFollowUpsOfTeam(teamId));

        List<Overdue> late = new ArrayList<>();
        for (FollowUp followUp : open) {
            Client client = byId.get(followUp.clientId());
            if (client == null || !userId.equals(followUp.authorId()) || followUp.dueOn() == null) {
                continue;
            }
            // The client's own day, as its card counts lateness; the team's zone when it has none.
            long daysLate = followUp.daysLate(today.of(client));
            if (daysLate > 0) {
                late.add(new Overdue(client, followUp, daysLate));
            }
        }
        late.sort(Comparator.comparingLong(Overdue::daysLate).reversed()
                .thenComparing(overdue -> overdue.client().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(overdue -> overdue.followUp().id()));

        List<TopPrompt> prompts = new ArrayList<>();
        int checked = Math.min(MAX_PROMPT_CLIENTS, shownCards.size());
        for (Card card : shownCards.subList(0, checked)) {
            if (!card.prompts().isEmpty()) {
                prompts.add(new TopPrompt(card.client(), card.prompts().get(0), card.today()));
            }
        }
        return new Overview(rows, owned.size(), late.subList(0, Math.min(MAX_OVERDUE_ROWS, late.size())),
                late.size(), prompts, checked);
    }
}
