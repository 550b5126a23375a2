package app.delight.demo;

import app.delight.domain.Client;
import app.delight.domain.FreeWork;
import app.delight.domain.Struggle;
import app.delight.engine.health.HealthSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One demo client and its history, as plain data dated by day. The client has no database id yet;
 * the loader turns each day into an instant in the client's time zone.
 */
public record DemoClient(
        Client client,
        List<Contact> touchpoints,
        List<Promise> followUps,
        List<Friction> struggles,
        List<Answer> npsAnswers,
        List<Gift> freeWork,
        List<Trouble> incidents,
        List<HealthSnapshot> snapshots) {

    public DemoClient {
        touchpoints = List.copyOf(touchpoints);
        followUps = List.copyOf(followUps);
        struggles = List.copyOf(struggles);
        npsAnswers = List.copyOf(npsAnswers);
        freeWork = List.copyOf(freeWork);
        incidents = List.copyOf(incidents);
        snapshots = List.copyOf(snapshots);
    }

    public String name() {
        return client.name();
    }

    /** A touchpoint logged on {@code day}. */
    public record Contact(String author, LocalDate day, String text) {
    }

    /** A follow-up due on {@code due} (null: no date), open or already done. */
    public record Promise(String author, LocalDate due, String text, boolean done) {
    }

    /** An accepted struggle observed on {@code observed}, open or closed with {@code status}. */
    public record Friction(String author, LocalDate observed, String text, Struggle.Status status) {
    }

    /** An NPS answer given on {@code day}. */
    public record Answer(String recordedBy, LocalDate day, int score, String comment) {
    }

    /** Work given for free on {@code day}. */
    public record Gift(String recordedBy, LocalDate day, BigDecimal hours, FreeWork.Kind kind, String text) {
    }

    /** An incident on {@code day}. */
    public record Trouble(String recordedBy, LocalDate day, String text) {
    }
}
