package app.delight.clients;

import app.delight.domain.Client;
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

/**
 * What the team records about a client, typed or entered in a modal: each entry is written in its
 * own transaction and returned as stored. A detractor's answer (NPS 0–6) alerts the owners and the
 * managers at once; an answer or an incident may move the client's health score, which is checked.
 */
public final class ClientJournal {
    /** Told of a detractor's answer as soon as it is stored. */
    @FunctionalInterface
    public interface DetractorAlert {
        void alert(Client client, NpsAnswer answer, String recordedBy);
    }

    /** Told when something recorded may have moved a client's health score. */
    @FunctionalInterface
    public interface ScoreWatch {
        void mayHaveMoved(String teamId, long clientId);
    }

    private final Store store;
    private final Clock clock;
    private final DetractorAlert detractorAlert;
    private final ScoreWatch scoreWatch;

    public ClientJournal(Store store, Clock clock, DetractorAlert detractorAlert, ScoreWatch scoreWatch) {
        this.store = store;
        this.clock = clock;
        this.detractorAlert = detractorAlert;
        this.scoreWatch = scoreWatch;
    }

    public Touchpoint logTouchpoint(Caller caller, Client client, String text) {
        return write(history -> history.addTouchpoint(caller.teamId(), client.id(), caller.userId(), text, clock.instant()));
    }

    public FollowUp addFollowUp(Caller caller, Client client, String text, LocalDate dueOrNull) {
        return write(history -> history.addFollowUp(caller.teamId(), client.id(), caller.userId(), text, dueOrNull));
    }

    public Struggle noteStruggle(Caller caller, Client client, String text) {
        return write(history -> history.addStruggle(caller.teamId(), client.id(), caller.userId(), text, clock.instant()));
    }

    public NpsAnswer recordNps(Caller caller, Client client, int score, String commentOrNull) {
        NpsAnswer answer = write(history -> history.addNps(caller.teamId(), client.id(), score, commentOrNull, caller.userId(),
                clock.instant()));
        scoreWatch.mayHaveMoved(caller.teamId(), client.id());
        if (answer.isDetractor()) {
            detractorAlert.alert(client, answer, caller.userId());
        }
        return answer;
    }

    public FreeWork recordFreeWork(Caller caller, Client client, BigDecimal hours, FreeWork.Kind kind, String text) {
        return write(history -> history.addFreeWork(caller.teamId(), client.id(), hours, kind, text, caller.userId(),
                clock.instant()));
    }

    public Incident recordIncident(Caller caller, Client client, String text) {
        Incident incident = write(history -> history.addIncident(caller.teamId(), client.id(), text, caller.userId(),
                clock.instant()));
        scoreWatch.mayHaveMoved(caller.teamId(), client.id());
        return incident;
    }

    private <T> T write(Function<HistoryRepository, T> entry) {
        return store.inTransaction(repositories -> entry.apply(repositories.history()));
    }
}
