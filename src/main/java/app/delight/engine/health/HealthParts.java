package app.delight.engine.health;

import app.delight.domain.FollowUp;
import app.delight.domain.Incident;
import app.delight.domain.NpsAnswer;
import app.delight.domain.Struggle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/**
 * The parts of a health score, each a pure function scored 0 to 100, or null when unknown. The rules
 * are written out in {@link HealthModel}. Everything rounds half up to a whole number.
 */
public final class HealthParts {
    /** NPS answers count for this many days. */
    public static final int NPS_DAYS = 180;
    /** Incidents count for this many days. */
    public static final int INCIDENT_DAYS = 90;
    /** Recency falls to 0 at this many times the cadence: two cadences without a word is as quiet as it gets. */
    public static final int RECENCY_ZERO_AT_CADENCES = 2;
    public static final int PER_OVERDUE_FOLLOW_UP = 20;
    public static final int PER_DAY_LATE = 2;
    public static final int PER_OPEN_STRUGGLE = 10;
    /** An open struggle costs one more point for each full period of this many days of age. */
    public static final int STRUGGLE_AGE_PERIOD_DAYS = 15;
    public static final int PER_INCIDENT = 40;

    private HealthParts() {
    }

    /**
     * % promoters (9–10) − % detractors (0–6) of {@code answers}, −100 to 100, rounded half away from
     * zero; null when there is no answer.
     */
    public static Integer netPromoterScore(Collection<NpsAnswer> answers) {
        if (answers.isEmpty()) {
            return null;
        }
        long promoters = answers.stream().filter(NpsAnswer::isPromoter).count();
        long detractors = answers.stream().filter(NpsAnswer::isDetractor).count();
        double nps = 100.0 * (promoters - detractors) / answers.size();
        return (int) (Math.signum(nps) * Math.round(Math.abs(nps)));
    }

    /** The answers of the last {@value #NPS_DAYS} days (today included, later days left out). */
    public static List<NpsAnswer> npsWindow(Collection<NpsAnswer> answers, LocalDate today, ZoneId zone) {
        return answers.stream().filter(answer -> within(answer.answeredAt(), NPS_DAYS, today, zone)).toList();
    }

    /** (NPS + 100) / 2 over the answers of the last 180 days, from the unrounded NPS; null when none. */
    public static Integer nps(Collection<NpsAnswer> answers, LocalDate today, ZoneId zone) {
        List<NpsAnswer> recent = npsWindow(answers, today, zone);
        if (recent.isEmpty()) {
            return null;
        }
        long promoters = recent.stream().filter(NpsAnswer::isPromoter).count();
        long detractors = recent.stream().filter(NpsAnswer::isDetractor).count();
        return (int) Math.round(50.0 * (recent.size() + promoters - detractors) / recent.size());
    }

    /**
     * 100 up to {@code cadenceDays} days since the last contact, then down in a straight line to 0 at twice the
     * cadence: 100 × (2c − d) / c. Null when there is no day to count from.
     */
    public static Integer recency(LocalDate lastContactDay, LocalDate today, int cadenceDays) {
        if (lastContactDay == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(lastContactDay, today);
        if (days <= cadenceDays) {
            return 100;
        }
        long zeroAt = (long) RECENCY_ZERO_AT_CADENCES * cadenceDays;
        if (days >= zeroAt) {
            return 0;
        }
        return (int) Math.round(100.0 * (zeroAt - days) / (zeroAt - cadenceDays));
    }

    /**
     * 100 − 20 per open follow-up past its due date − 2 per day late (summed), not below 0. A follow-up due
     * today, or with no due date, is not overdue.
     */
    public static int followUps(Collection<FollowUp> followUps, LocalDate today) {
        long penalty = 0;
        for (FollowUp followUp : followUps) {
            long late = followUp.daysLate(today);
            if (followUp.status() == FollowUp.Status.OPEN && late >= 1) {
                penalty += PER_OVERDUE_FOLLOW_UP + PER_DAY_LATE * late;
            }
        }
        return floorAtZero(penalty);
    }

    /** Acted on / (acted on + ignored) × 100; null when there was neither. */
    public static Integer engagement(int actedOn, int ignored) {
        if (actedOn + ignored == 0) {
            return null;
        }
        return (int) Math.round(100.0 * actedOn / (actedOn + ignored));
    }

    /**
     * 100 − 10 per open struggle − 1 per full 15 days of age of each (age from the day it was observed),
     * not below 0.
     */
    public static int struggles(Collection<Struggle> struggles, LocalDate today, ZoneId zone) {
        long penalty = 0;
        for (Struggle struggle : struggles) {
            if (struggle.status() == Struggle.Status.OPEN) {
                long age = Math.max(0, ageInDays(struggle.observedAt(), today, zone));
                penalty += PER_OPEN_STRUGGLE + age / STRUGGLE_AGE_PERIOD_DAYS;
            }
        }
        return floorAtZero(penalty);
    }

    /** 100 − 40 per incident of the last {@value #INCIDENT_DAYS} days, not below 0. */
    public static int incidents(Collection<Incident> incidents, LocalDate today, ZoneId zone) {
        long count = incidents.stream().filter(incident -> within(incident.occurredAt(), INCIDENT_DAYS, today, zone))
                .count();
        return floorAtZero(PER_INCIDENT * count);
    }

    /** Days from the instant's day in {@code zone} to {@code today}: 0 today, 1 yesterday, negative later on. */
    static long ageInDays(Instant instant, LocalDate today, ZoneId zone) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(instant, zone), today);
    }

    /** In the last {@code days} days: today and the {@code days − 1} before it; later days are not. */
    static boolean within(Instant instant, int days, LocalDate today, ZoneId zone) {
        long age = ageInDays(instant, today, zone);
        return age >= 0 && age < days;
    }

    private static int floorAtZero(long penalty) {
        return (int) Math.max(0, 100 - penalty);
    }
}
