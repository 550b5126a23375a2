package app.delight.engine.health;

import app.delight.domain.Client;
import app.delight.domain.FreeWork;
import app.delight.domain.HealthColour;
import app.delight.playbook.HealthWeights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A client's health: a score from 0 to 100 made of weighted parts, a colour, a trend, and flags shown
 * beside the score, as the README's "Client health" section defines them (its table of the parts, the
 * colours, the trend, the flags and the early warning; DESIGN.md gives the same). Pure functions of
 * their input: no I/O, no clock (the day is given).
 *
 * <p>What the README leaves open is decided here:
 * <ul>
 * <li>Days are counted in the input's zone; "the last N days" is today and the N − 1 days before it.</li>
 * <li>Every division rounds half up to a whole number (the NPS itself half away from zero). The score
 *     is round(Σ weight × part / Σ weight) over the parts it counts (the known ones, and an unknown NPS at
 *     {@value #UNKNOWN_NPS}); when their weights sum to 0 it is {@value #UNKNOWN_SCORE}.</li>
 * <li>The worst sign is the lowest of those parts of weight above 0, engagement aside; the rounded mean is
 *     held to {@value #ABOVE_WORST} above it.</li>
 * <li>recency: d days since the last contact, or, never contacted, since the client entered its stage or
 *     was added if that is later; between the cadence c and 2c the part is 100 × (2c − d) / c, so 1.5c
 *     gives 50.</li>
 * <li>followups: a follow-up due today, or with no date, is not overdue; the days late are summed over
 *     the overdue ones.</li>
 * <li>struggles: each full 15 days of a struggle's age costs a point.</li>
 * <li>{@link HealthFlag#REVENUE_CONCENTRATION}: exactly 20 % is not more than 20 %; a total of 0 never is.</li>
 * <li>{@link HealthFlag#NEW_CLIENT}: the start day is day 0, day 89 the last new one; no start date, or
 *     one still to come, is not new.</li>
 * <li>{@link HealthFlag#RED_FOR_90_DAYS}: a day's score is the latest stored one on or before it, today's
 *     being the score just computed; the stored scores must reach back to 89 days before today.</li>
 * <li>Early warning (not a flag): the fall is against a stored score of the 7 days before, and names the
 *     parts that moved.</li>
 * </ul>
 */
public final class HealthModel {
    /** The score when no part is known. */
    public static final int UNKNOWN_SCORE = 50;
    /** What an unknown NPS part counts as in the score: a passive client's. */
    public static final int UNKNOWN_NPS = 50;
    /** The score is at most this many points above the client's worst sign. */
    public static final int ABOVE_WORST = 35;
    /** A client above this share of the portfolio's monthly revenue is a concentration risk. */
    public static final BigDecimal CONCENTRATION_SHARE = new BigDecimal("0.20");
    public static final int SECRET_FREE_WORK_DAYS = 90;
    public static final int NEW_CLIENT_DAYS = 90;
    public static final int RED_DAYS = 90;

    private final HealthWeights weights;

    public HealthModel(HealthWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /**
     * The client's health on {@code input.today()}. {@code portfolioMonthlyRevenue} is the total monthly
     * revenue of the portfolio the client belongs to (the client's own included); null counts as 0.
     */
    public ClientHealth assess(HealthInput input, BigDecimal portfolioMonthlyRevenue) {
        Map<Part, Integer> parts = parts(input);
        int score = score(parts);
        Integer delta = input.scoreThirtyDaysAgo() == null ? null : score - input.scoreThirtyDaysAgo();
        Set<HealthFlag> flags = EnumSet.noneOf(HealthFlag.class);
        if (revenueConcentration(input.client().monthlyRevenue(), portfolioMonthlyRevenue)) {
            flags.add(HealthFlag.REVENUE_CONCENTRATION);
        }
        if (secretFreeWork(input.freeWork(), input.today(), input.zone())) {
            flags.add(HealthFlag.SECRET_FREE_WORK);
        }
        if (newClient(input.client(), input.today())) {
            flags.add(HealthFlag.NEW_CLIENT);
        }
        // The stored days are looked at only for a client red today, a few among thousands.
        if (HealthColour.of(score) == HealthColour.RED && redForNinetyDays(input.history().asList(), input.today(), score)) {
            flags.add(HealthFlag.RED_FOR_90_DAYS);
        }
        Integer nps = HealthParts.netPromoterScore(HealthParts.npsWindow(input.npsAnswers(), input.today(), input.zone()));
        return new ClientHealth(input.client(), input.today(), score, HealthColour.of(score), parts, Trend.of(delta),
                delta, flags, nps);
    }

    /** The known parts of the input, in {@link Part} order. */
    public Map<Part, Integer> parts(HealthInput input) {
        LocalDate today = input.today();
        ZoneId zone = input.zone();
        Map<Part, Integer> parts = new EnumMap<>(Part.class);
        putKnown(parts, Part.NPS, HealthParts.nps(input.npsAnswers(), today, zone));
        LocalDate countFrom = input.lastContactDay() != null ? input.lastContactDay() : input.stageEnteredOn();
        putKnown(parts, Part.RECENCY, HealthParts.recency(countFrom, today, input.cadenceDays()));
        parts.put(Part.FOLLOW_UPS, HealthParts.followUps(input.openFollowUps(), today));
        putKnown(parts, Part.ENGAGEMENT, HealthParts.engagement(input.remindersActedOn(), input.remindersIgnored()));
        parts.put(Part.STRUGGLES, HealthParts.struggles(input.openStruggles(), today, zone));
        parts.put(Part.INCIDENTS, HealthParts.incidents(input.incidents(), today, zone));
        return Collections.unmodifiableMap(parts);
    }

    /**
     * round(Σ weight × part / Σ weight) over the known parts, an unknown NPS counting as {@value #UNKNOWN_NPS};
     * 50 when none (of weight above 0) is known; then at most {@value #ABOVE_WORST} above the worst sign.
     */
    public int score(Map<Part, Integer> knownParts) {
        Map<Part, Integer> counted = new EnumMap<>(Part.class);
        knownParts.forEach((part, value) -> {
            if (value != null) {
                counted.put(part, value);
            }
        });
        counted.putIfAbsent(Part.NPS, UNKNOWN_NPS);
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (Map.Entry<Part, Integer> part : counted.entrySet()) {
            BigDecimal weight = BigDecimal.valueOf(part.getKey().weightIn(weights));
            weighted = weighted.add(weight.multiply(BigDecimal.valueOf(part.getValue())));
            totalWeight = totalWeight.add(weight);
        }
        if (totalWeight.signum() <= 0) {
            return UNKNOWN_SCORE;
        }
        int mean = weighted.divide(totalWeight, 0, RoundingMode.HALF_UP).intValueExact();
        int worstSign = counted.entrySet().stream()
                .filter(part -> part.getKey() != Part.ENGAGEMENT && part.getKey().weightIn(weights) > 0)
                .mapToInt(Map.Entry::getValue)
                .min().orElse(100);
        return Math.min(mean, worstSign + ABOVE_WORST);
    }

    /** The client's share of the portfolio's monthly revenue, in whole percent; 0 when the total is 0. */
    public static int revenueSharePercent(BigDecimal clientRevenue, BigDecimal portfolioTotal) {
        if (portfolioTotal == null || portfolioTotal.signum() == 0) {
            return 0;
        }
        return clientRevenue.multiply(BigDecimal.valueOf(100)).divide(portfolioTotal, 0, RoundingMode.HALF_UP).intValue();
    }

    /** More than 20 % of {@code portfolioTotal}; never when the total is 0 or less (or null). */
    public static boolean revenueConcentration(BigDecimal clientRevenue, BigDecimal portfolioTotal) {
        if (clientRevenue == null || portfolioTotal == null || portfolioTotal.signum() <= 0) {
            return false;
        }
        return clientRevenue.compareTo(portfolioTotal.multiply(CONCENTRATION_SHARE)) > 0;
    }

    /** Any secret free work given in the last 90 days. */
    public static boolean secretFreeWork(Collection<FreeWork> freeWork, LocalDate today, ZoneId zone) {
        return freeWork.stream().anyMatch(work -> work.kind() == FreeWork.Kind.SECRET
                && HealthParts.within(work.givenAt(), SECRET_FREE_WORK_DAYS, today, zone));
    }

    /** Within the first 90 days from the start date (day 0 to day 89). */
    public static boolean newClient(Client client, LocalDate today) {
        if (client.startDate() == null) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(client.startDate(), today);
        return days >= 0 && days < NEW_CLIENT_DAYS;
    }

    /**
     * Red on each of the 90 days ending today: a day's score is the latest stored one on or before it,
     * and today's is {@code todayScore} (it replaces one stored for today). False when the stored scores
     * do not reach back to the first of those days. Scores stored for later days are ignored.
     */
    public static boolean redForNinetyDays(Collection<DailyScore> history, LocalDate today, int todayScore) {
        LocalDate since = redSince(history, today, todayScore);
        return since != null && !since.isAfter(today.minusDays(RED_DAYS - 1L));
    }

    /**
     * The first day of the run of red days that ends today, a day's score being the latest stored one on or before
     * it and today's {@code todayScore}: the day of the first stored red score after the last one that was not red,
     * or of the earliest stored score when all are red (what came before is unknown). Null when today is not red.
     */
    public static LocalDate redSince(Collection<DailyScore> history, LocalDate today, int todayScore) {
        if (HealthColour.of(todayScore) != HealthColour.RED) {
            return null;
        }
        TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
        history.stream().filter(daily -> daily.day().isBefore(today))
                .forEach(daily -> byDay.put(daily.day(), daily.score()));
        byDay.put(today, todayScore);
        LocalDate since = today;
        for (Map.Entry<LocalDate, Integer> day : byDay.descendingMap().entrySet()) {
            if (HealthColour.of(day.getValue()) != HealthColour.RED) {
                break;
            }
            since = day.getKey();
        }
        return since;
    }

    /**
     * An early warning when {@code now}'s score is 15 points or more below {@code before}'s, and
     * {@code before} is from the 7 days before {@code now} (1 to 7 days earlier); otherwise empty.
     * {@code before} is a stored snapshot, or {@link ClientHealth#snapshot()} of an earlier assessment.
     */
    public static Optional<EarlyWarning> earlyWarning(ClientHealth now, HealthSnapshot before) {
        long daysBack = ChronoUnit.DAYS.between(before.day(), now.day());
        if (daysBack < 1 || daysBack > EarlyWarning.WITHIN_DAYS || before.score() - now.score() < EarlyWarning.DROP) {
            return Optional.empty();
        }
        return Optional.of(new EarlyWarning(before.day(), before.score(), now.score(), moved(before.parts(), now.parts())));
    }

    /**
     * The early warning against the highest of the {@code snapshots} of the 7 days before {@code now} (the
     * earliest of equal ones), so a fall spread over several days is caught; others are ignored.
     */
    public static Optional<EarlyWarning> earlyWarning(ClientHealth now, Collection<HealthSnapshot> snapshots) {
        return snapshots.stream()
                .filter(snapshot -> {
                    long daysBack = ChronoUnit.DAYS.between(snapshot.day(), now.day());
                    return daysBack >= 1 && daysBack <= EarlyWarning.WITHIN_DAYS;
                })
                .max(Comparator.comparingInt(HealthSnapshot::score)
                        .thenComparing(HealthSnapshot::day, Comparator.reverseOrder()))
                .flatMap(highest -> earlyWarning(now, highest));
    }

    /**
     * The parts whose value changed (known to unknown and back included): the biggest fall first, then
     * smaller falls, then rises, then those known at one end only, each group in {@link Part} order.
     */
    static List<PartChange> moved(Map<Part, Integer> before, Map<Part, Integer> after) {
        List<PartChange> moved = new ArrayList<>();
        for (Part part : Part.values()) {
            Integer was = before.get(part);
            Integer is = after.get(part);
            if (!Objects.equals(was, is)) {
                moved.add(new PartChange(part, was, is));
            }
        }
        moved.sort(Comparator.comparing(PartChange::change, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(moved);
    }

    static void checkScore(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a health score is from 0 to 100, got " + score);
        }
    }

    /** An unmodifiable copy in {@link Part} order, without unknown (null) parts; every value 0 to 100. */
    static Map<Part, Integer> partsCopy(Map<Part, Integer> parts) {
        Map<Part, Integer> copy = new EnumMap<>(Part.class);
        parts.forEach((part, value) -> {
            if (value != null) {
                if (value < 0 || value > 100) {
                    throw new IllegalArgumentException("the " + part.key() + " part is from 0 to 100, got " + value);
                }
                copy.put(Objects.requireNonNull(part, "part"), value);
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    private static void putKnown(Map<Part, Integer> parts, Part part, Integer value) {
        if (value != null) {
            parts.put(part, value);
        }
    }
}
