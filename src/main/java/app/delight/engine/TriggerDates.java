package app.delight.engine;

import app.delight.domain.Client;

import app.delight.playbook.Playbook;
import app.delight.playbook.Trigger;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/** The day an anticipation's trigger last fired for a client, on or before today. */
final class TriggerDates {
    /** How far back a low NPS answer still calls for action. */
    static final int LOW_NPS_DAYS = 30;

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
            return client.stage() == entered.stage() ? Optional.of(history.stageChangedOn()) : Optional.empty();
        }
        if (trigger instanceof Trigger.Quiet) {
            return Optional.of(history.lastContactDay().plusDays(playbook.cadenceDays(client.stage()) + 1L));
        }
        if (trigger instanceof Trigger.LowNps low) {
            return history.recentNps().stream()
                    .filter(answer -> answer.score() <= low.atMost())
                    .map(answer -> LocalDate.ofInstant(answer.answeredAt(), history.zone()))
                    .filter(day -> !day.isBefore(today.minusDays(LOW_NPS_DAYS)))
                    .max(Comparator.naturalOrder());
        }
        return season((Trigger.Season) trigger, today);
    }

    private static Optional<LocalDate> anniversary(LocalDate start, LocalDate today) {
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
