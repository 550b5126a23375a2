package app.delight.clients;

import app.delight.domain.Client;
import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.Incident;
import app.delight.domain.NpsAnswer;
import app.delight.domain.Struggle;
import app.delight.engine.health.DailyScores;
import app.delight.engine.health.HealthInput;
import app.delight.engine.health.HealthParts;
import app.delight.playbook.Playbook;
import app.delight.store.PortfolioRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the health model reads about one client, however it was read: for the whole portfolio at once, for one
 * client's detail, or with its card. Every surface turns it into the model's input here, one way, so the card,
 * the Home tab and {@code /client-health} show the same score.
 *
 * @param lastContact  the latest touchpoint; null when none
 * @param inStageSince the day the client entered its stage, or was added if later; null when unknown
 * @param freeWork     free work of the last 90 days (for a flag: the score does not read it)
 * @param scores       stored daily scores (for the trend and flags: the score does not read them)
 */
record HealthFacts(Instant lastContact, LocalDate inStageSince, List<NpsAnswer> nps, List<FollowUp> openFollowUps,
        List<Struggle> openStruggles, List<Incident> incidents, List<FreeWork> freeWork,
        PortfolioRepository.Engagement engagement, DailyScores scores) {

    /** NPS answers count for the last 180 days; incidents and free work for 90; reminders for 30. */
    static final Duration NPS_WINDOW = Duration.ofDays(HealthParts.NPS_DAYS);
    static final Duration RISK_WINDOW = Duration.ofDays(HealthParts.INCIDENT_DAYS);
    static final Duration ENGAGEMENT_WINDOW = Duration.ofDays(30);
    static final int TREND_DAYS = 30;

    /** The model's input for the client on {@code day}, counted in {@code zone}. */
    HealthInput input(Client client, LocalDate day, ZoneId zone, Playbook playbook) {
        Integer monthAgo = scores.latestOnOrBefore(day.minusDays(TREND_DAYS));
        return new HealthInput(client, day, lastContact == null ? null : LocalDate.ofInstant(lastContact, zone),
                inStageSince == null ? day : inStageSince, playbook.cadenceDays(client.stage()), nps, openFollowUps,
                engagement.actedOn(), engagement.ignored(), openStruggles, incidents, freeWork, zone, monthAgo, scores);
    }
}
