package app.delight.engine.health;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.Incident;
import app.delight.domain.NpsAnswer;
import app.delight.domain.Struggle;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything the health model reads about one client on one day. The lists may hold more than the
 * windows need (the model keeps the last 180 days of NPS, the last 90 of incidents and free work);
 * the reminder counts are the caller's, over the last 30 days.
 *
 * @param today              the day assessed, in {@code zone}
 * @param lastContactDay     the day of the last touchpoint; null when the client was never contacted
 * @param stageEnteredOn     the day the client entered its stage; counts as the last contact when there was none
 * @param cadenceDays        the expected contact cadence of the client's stage, in days (1 or more)
 * @param remindersActedOn   reminders for this client acted on in the last 30 days
 * @param remindersIgnored   reminders for this client ignored in the last 30 days
 * @param zone               where the client's days begin: Instants are turned into days with it
 * @param scoreThirtyDaysAgo the stored score of 30 days before {@code today}; null when none
 * @param history            stored daily scores (any days; those of the last 90 matter)
 */
public record HealthInput(
        Client client,
        LocalDate today,
        LocalDate lastContactDay,
        LocalDate stageEnteredOn,
        int cadenceDays,
        List<NpsAnswer> npsAnswers,
        List<FollowUp> openFollowUps,
        int remindersActedOn,
        int remindersIgnored,
        List<Struggle> openStruggles,
        List<Incident> incidents,
        List<FreeWork> freeWork,
        ZoneId zone,
        Integer scoreThirtyDaysAgo,
        DailyScores history) {

    public HealthInput {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(zone, "zone");
        if (cadenceDays < 1) {
            throw new IllegalArgumentException("the cadence is 1 day or more, got " + cadenceDays);
        }
        if (remindersActedOn < 0 || remindersIgnored < 0) {
            throw new IllegalArgumentException("reminder counts are 0 or more, got " + remindersActedOn + " acted on and "
                    + remindersIgnored + " ignored");
        }
        if (scoreThirtyDaysAgo != null) {
            HealthModel.checkScore(scoreThirtyDaysAgo);
        }
        npsAnswers = List.copyOf(npsAnswers);
        openFollowUps = List.copyOf(openFollowUps);
        openStruggles = List.copyOf(openStruggles);
        incidents = List.copyOf(incidents);
        freeWork = List.copyOf(freeWork);
        Objects.requireNonNull(history, "history");
    }
}
