package app.delight.engine;

import app.delight.domain.Client;
import app.delight.domain.NpsAnswer;
import app.delight.playbook.Playbook;
import app.delight.playbook.Trigger;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;

/** The day an anticipation's trigger last fired for a client, on or before today. */
final class TriggerDates {
    /** How far back a low or high NPS answer still calls for action. */
    static final int NPS_ANSWER_DAYS = 30;

    private final Playbook playbook;

    TriggerDates(Playbook playbook) {
        this.playbook = playbook;
    }

    Optional<LocalDate> lastFired(Trigger trigger, ClientHistory history, LocalDate today) {
        return fired(trigger, history, today).filter(day -> !day.isAfter(today));
    }

    // Java 17 has no pattern switch; the trigger types are sealed, so this chain is complete.
    private Optional<LocalDate> fired(Trigger trigger, ClientHistory history, LocalDate today) {
        Client client = history.client();
        if (trigger instanceof Trigger.AfterStart after) {
            return Optional.ofNullable(client.startDate()).map(start -> start.plusDays(after.days()));
        }
        if (trigger instanceof Trigger.BeforeRenewal before) {
            return Optional.ofNullable(client.renewalDate()).map(renewal -> renewal.minusDays(before.days()));
        }
        if (trigger instanceof Trigger.Anniversary) {
            return Optional.ofNullable(client.startDate()).flatMap(start -> anniversary(start, today));
        }
        if (trigger instanceof Trigger.StageEntered entered) {
            // An imported client has no change of stage to act on: its stage's rules wait for a real one.
            return client.stage() == entered.stage() ? Optional.ofNullable(history.stageChangedOn()) : Optional.empty();
        }
        if (trigger instanceof Trigger.Quiet) {
            return Optional.of(history.lastContactDay().plusDays(playbook.cadenceDays(client.stage()) + 1L));
        }
        if (trigger instanceof Trigger.LowNps low) {
            return latestAnswer(history, today, answer -> answer.score() <= low.atMost());
        }
        if (trigger instanceof Trigger.HighNps high) {
            return latestAnswer(history, today, answer -> answer.score() >= high.atLeast());
        }
        if (trigger instanceof Trigger.Unhappy) {
            return Unhappiness.since(history, today);
        }
        if (trigger instanceof Trigger.RedFor red) {
            return Optional.ofNullable(history.redSince()).map(since -> since.plusDays(red.days() - 1L));
        }
        return season((Trigger.Season) trigger, today);
    }


    /** The day of the latest answer of the last {@value #NPS_ANSWER_DAYS} days that {@code matches}. */
    private static Optional<LocalDate> latestAnswer(ClientHistory history, LocalDate today, Predicate<NpsAnswer> matches) {
        return history.recentNps().stream()
                .filter(matches)
                .map(answer -> LocalDate.ofInstant(answer.answeredAt(), history.zone()))
                .filter(day -> !day.isBefore(today.minusDays(NPS_ANSWER_DAYS)))
                .max(Comparator.naturalOrder());
    }

    /** The latest anniversary of {@code start} on or before today, from the first one on. */
    static Optional<LocalDate> anniversary(LocalDate start, LocalDate today) {
        LocalDate thisYear = start.withYear(today.getYear());
        LocalDate last = thisYear.isAfter(today) ? thisYear.minusYears(1) : thisYear;
        return last.isBefore(start.plusYears(1)) ? Optional.empty() : Optional.of(last);
    }

    /** The latest lead-in day before a season start, this year's or next year's, that is not in the future. */
    private static Optional<LocalDate> season(Trigger.Season season, LocalDate today) {
        Optional<LocalDate> latest = Optional.empty();
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            LocalDate leadIn = season.starts().atYear(year).minusDays(season.leadDays());
            if (!leadIn.isAfter(today)) {
                latest = Optional.of(leadIn);
            }
        }
        return latest;
    }
}
