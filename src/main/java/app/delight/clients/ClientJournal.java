package app.delight.clients;

import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.Incident;
import app.delight.domain.NpsAnswer;
import app.delight.domain.Struggle;
import app.delight.domain.Touchpoint;
import app.delight.store.HistoryRepository;
import app.delight.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

/** What the team records about a client from Slack; each entry is written in its own transaction. */
public final class ClientJournal {
    private final Store store;
    private final Clock clock;

    public ClientJournal(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Touchpoint logTouchpoint(String teamId, long clientId, String userId, String text) {
        return write(history -> history.addTouchpoint(teamId, clientId, userId, text, clock.instant()));
    }

    public FollowUp addFollowUp(String teamId, long clientId, String userId, String text, LocalDate dueOrNull) {
        return write(history -> history.addFollowUp(teamId, clientId, userId, text, dueOrNull));
    }

    public Struggle noteStruggle(String teamId, long clientId, String userId, String text) {
        return write(history -> history.addStruggle(teamId, clientId, userId, text, clock.instant()));
    }

    public NpsAnswer recordNps(String teamId, long clientId, String userId, int score, String commentOrNull) {
        return write(history -> history.addNps(teamId, clientId, score, commentOrNull, userId, clock.instant()));
    }

    public FreeWork recordFreeWork(String teamId, long clientId, String userId, BigDecimal hours, FreeWork.Kind kind,
            String text) {
        return write(history -> history.addFreeWork(teamId, clientId, hours, kind, text, userId, clock.instant()));
    }

    public Incident recordIncident(String teamId, long clientId, String userId, String text) {
        return write(history -> history.addIncident(teamId, clientId, text, userId, clock.instant()));
    }

    private <T> T write(Function<HistoryRepository, T> entry) {
        return store.inTransaction(repositories -> entry.apply(repositories.history()));
    }
}
