package app.delight.engine;

import app.delight.domain.NpsAnswer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a client is unhappy on a day, and since when: red today, or an incident or a detractor's answer in the
 * last {@value #DAYS} days. An unhappy client gets the playbook's repair prompts and no celebration: no
 * anniversary thank-you, no surprise, no "proud of" prompt.
 */
final class Unhappiness {
    /** How long an incident or a detractor's answer keeps a client unhappy. */
    static final int DAYS = 90;

    private Unhappiness() {
    }

    /**
     * The day the client last gave a reason to be called unhappy (an incident, a detractor's answer, or the day it
     * turned red), while it still is; empty when it is not unhappy.
     */
    static Optional<LocalDate> since(ClientHistory history, LocalDate today) {
        LocalDate from = today.minusDays(DAYS - 1L);
        Stream<LocalDate> incidents = history.recentIncidents().stream()
                .map(incident -> LocalDate.ofInstant(incident.occurredAt(), history.zone()));
        Stream<LocalDate> detractors = history.recentNps().stream()
                .filter(NpsAnswer::isDetractor)
                .map(answer -> LocalDate.ofInstant(answer.answeredAt(), history.zone()));
        Stream<LocalDate> lately = Stream.concat(incidents, detractors).filter(day -> !day.isBefore(from));
        // Red counts however long ago it began: a client red for months is still unhappy today.
        return Stream.concat(lately, Stream.ofNullable(history.redSince()))
                .filter(day -> !day.isAfter(today))
                .max(LocalDate::compareTo);
    }

    static boolean unhappy(ClientHistory history, LocalDate today) {
        return since(history, today).isPresent();
    }
}
