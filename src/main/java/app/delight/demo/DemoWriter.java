package app.delight.demo;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.Struggle;
import app.delight.engine.health.HealthSnapshot;
import app.delight.store.ClientRepository;
import app.delight.store.HealthSnapshotRepository;
import app.delight.store.HistoryRepository;
import app.delight.store.Repositories;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Writes one demo client and its history through the repositories, on the caller's transaction. */
final class DemoWriter {
    /** What the demo's days become: mid-morning in the client's time zone. */
    private static final LocalTime TIME_OF_DAY = LocalTime.of(10, 0);

    private final String teamId;
    private final ZoneId teamZone;
    private final ClientRepository clients;
    private final HistoryRepository history;
    private final HealthSnapshotRepository snapshots;

    DemoWriter(Repositories repositories, String teamId, ZoneId teamZone) {
        this.teamId = teamId;
        this.teamZone = teamZone;
        this.clients = repositories.clients();
        this.history = repositories.history();
        this.snapshots = repositories.healthSnapshots();
    }

    /** @return how many history rows were written beside the client */
    int write(DemoClient demo) {
        Client client = clients.insert(teamId, demo.client());
        long id = client.id();
        ZoneId zone = client.timezone() == null ? teamZone : client.timezone();
        for (DemoClient.Contact contact : demo.touchpoints()) {
            history.addTouchpoint(teamId, id, contact.author(), contact.text(), at(contact.day(), zone));
        }
        for (DemoClient.Promise promise : demo.followUps()) {
            FollowUp followUp = history.addFollowUp(teamId, id, promise.author(), promise.text(), promise.due());
            if (promise.done()) {
                history.closeFollowUp(teamId, followUp.id(), FollowUp.Status.DONE, promise.author());
            }
        }
        for (DemoClient.Friction friction : demo.struggles()) {
            Struggle struggle = history.addStruggle(teamId, id, friction.author(), friction.text(), at(friction.observed(), zone));
            if (friction.status() != Struggle.Status.OPEN) {
                history.closeStruggle(teamId, struggle.id(), friction.status(), friction.author());
            }
        }
        for (DemoClient.Answer answer : demo.npsAnswers()) {
            history.addNps(teamId, id, answer.score(), answer.comment(), answer.recordedBy(), at(answer.day(), zone));
        }
        for (DemoClient.Gift gift : demo.freeWork()) {
            history.addFreeWork(teamId, id, gift.hours(), gift.kind(), gift.text(), gift.recordedBy(), at(gift.day(), zone));
        }
        for (DemoClient.Trouble trouble : demo.incidents()) {
            history.addIncident(teamId, id, trouble.text(), trouble.recordedBy(), at(trouble.day(), zone));
        }
        for (HealthSnapshot snapshot : demo.snapshots()) {
            snapshots.save(teamId, id, snapshot);
        }
        return demo.touchpoints().size() + demo.followUps().size() + demo.struggles().size() + demo.npsAnswers().size()
                + demo.freeWork().size() + demo.incidents().size() + demo.snapshots().size();
    }

    private static Instant at(LocalDate day, ZoneId zone) {
        return day.atTime(TIME_OF_DAY).atZone(zone).toInstant();
    }
}
