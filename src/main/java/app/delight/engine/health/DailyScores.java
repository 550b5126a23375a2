package app.delight.engine.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A client's stored daily scores, one a day, oldest first. The portfolio keeps 90 days of them for
 * each of thousands of clients all day long, so they are held as two arrays rather than an object a
 * day (the memory this saves is in the README, Performance).
 */
public final class DailyScores {
    public static final DailyScores NONE = new DailyScores(new int[0], new byte[0]);

    private final int[] epochDays;
    private final byte[] scores;

    private DailyScores(int[] epochDays, byte[] scores) {
        this.epochDays = epochDays;
        this.scores = scores;
    }

    /** The scores in any order; of two for the same day the later in {@code scores} is kept. */
    public static DailyScores of(Collection<DailyScore> scores) {
        List<DailyScore> byDay = new ArrayList<>(scores);
        byDay.sort(Comparator.comparing(DailyScore::day));
        int[] days = new int[byDay.size()];
        byte[] values = new byte[byDay.size()];
        int n = 0;
        for (DailyScore score : byDay) {
            int day = Math.toIntExact(score.day().toEpochDay());
            if (n > 0 && days[n - 1] == day) {
                n--;
            }
            days[n] = day;
            values[n] = (byte) score.score();
            n++;
        }
        return n == 0 ? NONE : new DailyScores(Arrays.copyOf(days, n), Arrays.copyOf(values, n));
    }

    /** The latest score stored on or before {@code day}; null when there is none. */
    public Integer latestOnOrBefore(LocalDate day) {
        int at = lastIndexOnOrBefore(Math.toIntExact(day.toEpochDay()));
        return at < 0 ? null : (int) scores[at];
    }

    /** Those of the days before {@code day}. */
    public DailyScores before(LocalDate day) {
        int end = lastIndexOnOrBefore(Math.toIntExact(day.toEpochDay()) - 1) + 1;
        return end == epochDays.length ? this
                : end == 0 ? NONE : new DailyScores(Arrays.copyOf(epochDays, end), Arrays.copyOf(scores, end));
    }

    /** These with {@code newer}'s days added; a day both have takes {@code newer}'s score. */
    public DailyScores with(DailyScores newer) {
        if (newer.size() == 0) {
            return this;
        }
        List<DailyScore> both = new ArrayList<>(asList());
        both.addAll(newer.asList());
        return of(both);
    }

    /** Those of the days from {@code first} on. */
    public DailyScores from(LocalDate first) {
        int start = lastIndexOnOrBefore(Math.toIntExact(first.toEpochDay()) - 1) + 1;
        return start == 0 ? this
                : start == epochDays.length ? NONE
                : new DailyScores(Arrays.copyOfRange(epochDays, start, epochDays.length), Arrays.copyOfRange(scores, start, scores.length));
    }

    /** One record a day, for the rare reader that needs them all (a client red today). */
    public List<DailyScore> asList() {
        List<DailyScore> list = new ArrayList<>(epochDays.length);
        for (int i = 0; i < epochDays.length; i++) {
            list.add(new DailyScore(LocalDate.ofEpochDay(epochDays[i]), scores[i]));
        }
        return List.copyOf(list);
    }

    public int size() {
        return epochDays.length;
    }

    private int lastIndexOnOrBefore(int epochDay) {
        int found = Arrays.binarySearch(epochDays, epochDay);
        return found >= 0 ? found : -found - 2;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DailyScores that && Arrays.equals(epochDays, that.epochDays) && Arrays.equals(scores, that.scores);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(epochDays) + Arrays.hashCode(scores);
    }

    @Override
    public String toString() {
        return "DailyScores" + asList();
    }
}
