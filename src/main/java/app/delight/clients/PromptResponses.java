package app.delight.clients;

import app.delight.domain.FollowUp;
import app.delight.domain.PromptKind;
import app.delight.domain.PromptResponse.Response;
import app.delight.domain.PromptResponse;
import app.delight.domain.Struggle;
import app.delight.engine.PromptKeys;
import app.delight.store.HistoryRepository;
import app.delight.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * Records a click on a prompt. Closing the follow-up or struggle behind it happens in the same
 * transaction, so the card never shows a prompt done whose follow-up is still open.
 */
public final class PromptResponses {
    private final Store store;
    private final Clock clock;

    public PromptResponses(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Where the click came from, kept with the response for the log. */
    public record Origin(String userId, String channelId, String messageTs) {
    }

    public void respond(String teamId, long clientId, String promptKey, Response response, LocalDate snoozedUntil,
            Origin origin) {
        PromptKind kind = PromptKeys.kindOf(promptKey);
        PromptResponse entry = new PromptResponse(clientId, promptKey, kind, response, snoozedUntil, origin.userId(),
                clock.instant());
        store.useTransaction(repositories -> {
            HistoryRepository history = repositories.history();
            history.recordResponse(teamId, entry, origin.channelId(), origin.messageTs());
            OptionalLong id = PromptKeys.recordId(promptKey);
            if (id.isEmpty()) {
                return;
            }
            if (kind == PromptKind.FOLLOW_UP && response == Response.DONE) {
                history.closeFollowUp(teamId, id.getAsLong(), FollowUp.Status.DONE, origin.userId());
            } else if (kind == PromptKind.FOLLOW_UP && response == Response.NOT_RELEVANT) {
                history.closeFollowUp(teamId, id.getAsLong(), FollowUp.Status.CANCELLED, origin.userId());
            } else if (kind == PromptKind.STRUGGLE && response == Response.REMOVED) {
                history.closeStruggle(teamId, id.getAsLong(), Struggle.Status.REMOVED, origin.userId());
            } else if (kind == PromptKind.STRUGGLE && response == Response.KEPT) {
                history.closeStruggle(teamId, id.getAsLong(), Struggle.Status.KEPT, origin.userId());
            }
        });
    }
}
