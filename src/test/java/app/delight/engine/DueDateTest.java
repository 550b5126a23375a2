package app.delight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.delight.engine.DueDate.FollowUpText;
import app.delight.engine.DueDate.Result;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DueDateTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final String EXAMPLES = "Try 2026-12-31, today, tomorrow, friday or in 3 days.";

    private static LocalDate due(String text) {
        return DueDate.parse(text, MONDAY).orElseThrow(() -> new AssertionError("expected a date for " + text));
    }

    private static String problem(String text) {
        Result result = DueDate.parseOrExplain(text, MONDAY);
        assertThat(result).as("result for %s", text).isInstanceOf(Result.Invalid.class);
        return ((Result.Invalid) result).message();
    }

    private static FollowUpText.Parsed split(String text) {
        FollowUpText split = DueDate.split(text, MONDAY);
        assertThat(split).as("split of %s", text).isInstanceOf(FollowUpText.Parsed.class);
        return (FollowUpText.Parsed) split;
    }

    @Test
    void anIsoDateIsThatDate() {
        assertThat(due("2026-12-31")).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aPastDateIsAllowedBecauseLateFollowUpsAreReal() {
        assertThat(due("2026-01-05")).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void february30IsNotADate() {
        assertThat(DueDate.parse("2026-02-30", MONDAY)).isEmpty();
        assertThat(problem("2026-02-30")).isEqualTo("\"2026-02-30\" is not a real date. " + EXAMPLES);
    }

    @Test
    void february29IsADateInLeapYearsOnly() {
        assertThat(due("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(DueDate.parse("2027-02-29", MONDAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-1-5", "26-01-05", "2026/01/05", "2026-13-01", "2026-00-10"})
    void looseOrImpossibleIsoDatesAreRefused(String text) {
        assertThat(DueDate.parse(text, MONDAY)).isEmpty();
    }

    @Test
    void todayAndTomorrow() {
        assertThat(due("today")).isEqualTo(MONDAY);
        assertThat(due("Tomorrow")).isEqualTo(MONDAY.plusDays(1));
    }

    @ParameterizedTest
    @CsvSource({
        "monday, 2026-11-30", "tuesday, 2026-11-24", "wednesday, 2026-11-25", "thursday, 2026-11-26",
        "friday, 2026-11-27", "saturday, 2026-11-28", "sunday, 2026-11-29",
        "mon, 2026-11-30", "tue, 2026-11-24", "wed, 2026-11-25", "thu, 2026-11-26", "fri, 2026-11-27",
        "sat, 2026-11-28", "sun, 2026-11-29", "FRIDAY, 2026-11-27", "Fri, 2026-11-27"})
    void aWeekdayIsTheNextSuchDayAfterToday(String text, LocalDate expected) {
        assertThat(due(text)).isEqualTo(expected);
    }

    @Test
    void mondayOnAMondayMeansNextWeek() {
        assertThat(due("monday")).isEqualTo(MONDAY.plusWeeks(1));
    }

    @Test
    void fridayOnAFridayMeansNextWeek() {
        assertThat(DueDate.parse("friday", FRIDAY)).contains(FRIDAY.plusWeeks(1));
    }

    @ParameterizedTest
    @CsvSource({
        "in 1 day, 2026-11-24", "in 3 days, 2026-11-26", "in 1 week, 2026-11-30", "in 2 weeks, 2026-12-07",
        "in 365 days, 2027-11-23", "IN  10   DAYS, 2026-12-03", "next week, 2026-11-30", "Next Week, 2026-11-30"})
    void relativeDatesCountFromToday(String text, LocalDate expected) {
        assertThat(due(text)).isEqualTo(expected);
    }

    @Test
    void aTrailingFullStopIsIgnored() {
        assertThat(due("friday.")).isEqualTo(FRIDAY);
        assertThat(due(" tomorrow! ")).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void amountsOutsideOneTo365AreRefusedWithTheRange() {
        assertThat(problem("in 0 days")).isEqualTo(
                "\"in 0 days\" is out of range: the number of days or weeks is from 1 to 365. " + EXAMPLES);
        assertThat(problem("in 366 days")).contains("from 1 to 365");
        assertThat(problem("in 400 weeks")).contains("from 1 to 365");
    }

    @Test
    void anUnknownDateGetsExamplesOfKnownOnes() {
        assertThat(problem("31/12")).isEqualTo("\"31/12\" is not a date I understand. " + EXAMPLES);
        assertThat(problem("")).isEqualTo("\"\" is not a date I understand. " + EXAMPLES);
        assertThat(problem(null)).endsWith(EXAMPLES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fridays", "fr", "in three days", "in -3 days", "next friday", "in 3", "someday"})
    void nearMissesAreNotDates(String text) {
        assertThat(DueDate.parse(text, MONDAY)).isEmpty();
    }

    @Test
    void theExampleDateIsTheEndOfTheCurrentYear() {
        Result result = DueDate.parseOrExplain("soon", LocalDate.of(2027, 3, 1));
        assertThat(((Result.Invalid) result).message()).contains("Try 2027-12-31,");
    }

    @Test
    void splitTakesTheDueDateOffTheEnd() {
        assertThat(split("send the Q3 deck by tomorrow"))
                .isEqualTo(new FollowUpText.Parsed("send the Q3 deck", Optional.of(MONDAY.plusDays(1))));
    }

    @Test
    void theLastByThatParsesIsTheDueDate() {
        assertThat(split("drop by the office by friday"))
                .isEqualTo(new FollowUpText.Parsed("drop by the office", Optional.of(FRIDAY)));
    }

    @Test
    void aByThatIsNoDateStaysInTheText() {
        assertThat(split("stop by the office")).isEqualTo(new FollowUpText.Parsed("stop by the office", Optional.empty()));
        assertThat(split("send the deck by email")).isEqualTo(new FollowUpText.Parsed("send the deck by email", Optional.empty()));
    }

    @Test
    void aDateMustEndTheText() {
        // "by friday" is followed by more words, so it is part of the sentence, not its due date.
        assertThat(split("sign it by friday by hand")).isEqualTo(new FollowUpText.Parsed("sign it by friday by hand",
                Optional.empty()));
    }

    @Test
    void textWithoutByHasNoDueDate() {
        assertThat(split("  send the deck  ")).isEqualTo(new FollowUpText.Parsed("send the deck", Optional.empty()));
    }

    @Test
    void byIsFoundWhateverItsCaseAndSpacing() {
        assertThat(split("send the deck  BY   2026-12-01"))
                .isEqualTo(new FollowUpText.Parsed("send the deck", Optional.of(LocalDate.of(2026, 12, 1))));
    }

    @Test
    void wordsContainingByAreNotBy() {
        assertThat(split("call Abby friday")).isEqualTo(new FollowUpText.Parsed("call Abby friday", Optional.empty()));
        assertThat(split("bypass the proxy by in 2 days"))
                .isEqualTo(new FollowUpText.Parsed("bypass the proxy", Optional.of(MONDAY.plusDays(2))));
    }

    @Test
    void onlyADateLeavesTheTextEmpty() {
        assertThat(split("by friday")).isEqualTo(new FollowUpText.Parsed("", Optional.of(FRIDAY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"send the deck by 31/12", "send the deck by dec 31", "send the deck by 31 December 2026",
        "send the deck by in three days", "send the deck by next friday", "send the deck by 2026-02-30",
        "send the deck by in 0 days"})
    void aFailedAttemptAtADateIsRefusedWithExamples(String text) {
        FollowUpText split = DueDate.split(text, MONDAY);
        assertThat(split).isInstanceOf(FollowUpText.BadDate.class);
        assertThat(((FollowUpText.BadDate) split).message()).endsWith(EXAMPLES);
    }

    @Test
    void theRefusalQuotesWhatWasTyped() {
        assertThat(((FollowUpText.BadDate) DueDate.split("send the deck by 31/12", MONDAY)).message())
                .isEqualTo("\"31/12\" is not a date I understand. " + EXAMPLES);
    }

    @Test
    void aLongTailWithDigitsIsProseNotADate() {
        assertThat(split("check sales by region for the 3 stores"))
                .isEqualTo(new FollowUpText.Parsed("check sales by region for the 3 stores", Optional.empty()));
    }

    @Test
    void aBadDateEarlierInTheTextIsJustText() {
        assertThat(split("compare by 31/12 figures by friday"))
                .isEqualTo(new FollowUpText.Parsed("compare by 31/12 figures", Optional.of(FRIDAY)));
    }
}
