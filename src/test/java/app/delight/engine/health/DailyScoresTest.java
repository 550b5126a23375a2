package app.delight.engine.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyScoresTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static DailyScore on(int daysAfterMonday, int score) {
        return new DailyScore(MONDAY.plusDays(daysAfterMonday), score);
    }

    @Test
    void scoresAreKeptOldestFirstWhateverOrderTheyCameIn() {
        DailyScores scores = DailyScores.of(List.of(on(2, 30), on(0, 10), on(1, 20)));

        assertThat(scores.asList()).containsExactly(on(0, 10), on(1, 20), on(2, 30));
    }

    @Test
    void theLaterOfTwoScoresForOneDayIsKept() {
        assertThat(DailyScores.of(List.of(on(0, 10), on(0, 15))).asList()).containsExactly(on(0, 15));
    }

    @Test
    void theLatestOnOrBeforeADayCarriesAcrossDaysWithoutAScore() {
        DailyScores scores = DailyScores.of(List.of(on(0, 10), on(5, 50)));

        assertThat(scores.latestOnOrBefore(MONDAY.minusDays(1))).isNull();
        assertThat(scores.latestOnOrBefore(MONDAY)).isEqualTo(10);
        assertThat(scores.latestOnOrBefore(MONDAY.plusDays(4))).isEqualTo(10);
        assertThat(scores.latestOnOrBefore(MONDAY.plusDays(5))).isEqualTo(50);
        assertThat(scores.latestOnOrBefore(MONDAY.plusDays(90))).isEqualTo(50);
    }

    @Test
    void beforeADayLeavesThatDayAndLaterOnesOut() {
        DailyScores scores = DailyScores.of(List.of(on(0, 10), on(1, 20), on(2, 30)));

        assertThat(scores.before(MONDAY.plusDays(2)).asList()).containsExactly(on(0, 10), on(1, 20));
        assertThat(scores.before(MONDAY.plusDays(3))).isSameAs(scores);
        assertThat(scores.before(MONDAY)).isEqualTo(DailyScores.NONE);
    }

    @Test
    void noScoresAreNone() {
        assertThat(DailyScores.of(List.of())).isEqualTo(DailyScores.NONE);
        assertThat(DailyScores.NONE.latestOnOrBefore(MONDAY)).isNull();
        assertThat(DailyScores.NONE.size()).isZero();
    }

    @Test
    void everyScoreFromZeroToAHundredSurvivesPacking() {
        List<DailyScore> all = java.util.stream.IntStream.rangeClosed(0, 100).mapToObj(i -> on(i, i)).toList();

        assertThat(DailyScores.of(all).asList()).isEqualTo(all);
    }

    @Test
    void newerScoresAreAddedAndWinTheirDays() {
        DailyScores older = DailyScores.of(List.of(on(0, 10), on(1, 20)));
        DailyScores newer = DailyScores.of(List.of(on(1, 25), on(2, 30)));

        assertThat(older.with(newer).asList()).containsExactly(on(0, 10), on(1, 25), on(2, 30));
        assertThat(older.with(DailyScores.NONE)).isSameAs(older);
        assertThat(DailyScores.NONE.with(newer)).isEqualTo(newer);
    }

    @Test
    void fromADayLeavesTheEarlierOnesOut() {
        DailyScores scores = DailyScores.of(List.of(on(0, 10), on(1, 20), on(2, 30)));

        assertThat(scores.from(MONDAY.plusDays(1)).asList()).containsExactly(on(1, 20), on(2, 30));
        assertThat(scores.from(MONDAY)).isSameAs(scores);
        assertThat(scores.from(MONDAY.plusDays(3))).isEqualTo(DailyScores.NONE);
    }
}
